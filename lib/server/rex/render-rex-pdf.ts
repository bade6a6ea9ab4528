import PDFDocument from "pdfkit";
import { measureLine, renderRexMarkdown, stepDurationRows, type RexDocument } from "@/lib/domain/rex/markdown";

// The REX as a PDF with real text (searchable, copyable), drawn with pdfkit's standard fonts (WinAnsi covers
// French accents). The course of the incident is a table; dashboard links are live links.
const MARGIN = 50;

// The standard fonts' WinAnsi encoding has no arrows: write them as text.
const ansi = (text: string) => text.replace(/→/g, "->").replace(/←/g, "<-").replace(/[^\x00-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, "?");

export function renderRexPdf(rex: RexDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: rex.title, Author: rex.author ?? "Vigie", Subject: "Post-incident report (REX)" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;

  doc.font("Helvetica-Bold").fontSize(18).text(ansi(rex.title));
  doc.moveDown(0.3).font("Helvetica").fontSize(9).fillColor("#555");
  const meta = renderRexMarkdown({ ...rex, context: "", course: [], courseNarrative: "", stepDurations: {}, solution: "", weakPoint: "", actionsTaken: "", recommendations: "", measures: [], dashboards: [] })
    .split("\n").filter((l) => l.startsWith("- ")).map((l) => l.slice(2).replace(/\[(#\d+)\]\([^)]*\)/, "$1"));
  for (const line of meta) doc.text(ansi(line));
  doc.fillColor("#000");

  const section = (title: string, body: string) => {
    if (!body.trim()) return;
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(title);
    doc.moveDown(0.2).font("Helvetica").fontSize(10).text(ansi(body.trim()), { width });
  };
  section("Context", rex.context);

  if (rex.course.length || rex.courseNarrative.trim()) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Course of the incident");
    if (rex.courseNarrative.trim()) doc.moveDown(0.2).font("Helvetica").fontSize(10).text(ansi(rex.courseNarrative.trim()), { width });
    table(doc, ["When (UTC)", "What", "Who"], [0.22, 0.56, 0.22], rex.course.map((c) => [c.at.replace("T", " ").slice(0, 16), c.what, c.who]));
  }
  const durations = stepDurationRows(rex.stepDurations);
  if (durations.length) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Time in each step");
    table(doc, ["Step", "Time"], [0.5, 0.5], durations.map((d) => [d.step, d.duration]));
  }
  section("Solution", rex.solution);
  section("Weak point", rex.weakPoint);
  section("Actions taken", rex.actionsTaken);
  section("Recommendations", rex.recommendations);
  section("Corrective measures", rex.measures.map((m) => `${m.state === "DONE" ? "[done] " : m.state === "OPEN" ? "[open] " : ""}${measureLine(m)}`).join("\n"));
  if (rex.dashboards.length) {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text("Dashboards for the incident's time window");
    doc.font("Helvetica").fontSize(10).fillColor("#0369a1");
    for (const d of rex.dashboards) doc.text(ansi(d.title), { link: d.url, underline: true });
    doc.fillColor("#000");
  }
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, headers: string[], fractions: number[], rows: string[][]) {
  const width = doc.page.width - 2 * MARGIN;
  const widths = fractions.map((f) => f * width);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(ansi(c), { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(ansi(c), x + 3, y + 3, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.moveTo(MARGIN, y + height).lineTo(MARGIN + width, y + height).strokeColor("#ddd").stroke();
    doc.x = MARGIN;
    doc.y = y + height;
  };
  doc.moveDown(0.4);
  drawRow(headers, true);
  for (const row of rows) drawRow(row, false);
}
