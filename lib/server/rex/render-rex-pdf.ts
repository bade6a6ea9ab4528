import path from "node:path";
import PDFDocument from "pdfkit";
import { dashboardName, measureLine, rexMeta, stepDurationRows, writtenSections, type RexDocument } from "@/lib/domain/rex/markdown";
import type { RexWords } from "@/lib/domain/rex/words";

// The REX as a PDF with real text (searchable, copyable), in the reader's language. pdfkit's standard fonts
// only know WinAnsi: Vigie's own font (Geist, TrueType, embedded as a subset) prints French, names in
// Latin and Cyrillic scripts, arrows and quotes. The course of the incident is a table; dashboard links are live.
const MARGIN = 50;
const fonts = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
const REGULAR = "Geist";
const BOLD = "Geist-Bold";

/** Text boxes send CRLF (and old clients CR): one line break each, never a stray glyph. */
export const plainLines = (text: string) => text.replace(/\r\n?/g, "\n");

export function renderRexPdf(rex: RexDocument, w: RexWords): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info: { Title: rex.title, Author: rex.author ?? "Vigie", Subject: w.doc("subject") } });
  doc.registerFont(REGULAR, path.join(fonts, "Geist-Regular.ttf"));
  doc.registerFont(BOLD, path.join(fonts, "Geist-Bold.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(18).text(plainLines(rex.title));
  doc.moveDown(0.3).font(REGULAR).fontSize(9).fillColor("#555");
  for (const m of rexMeta(rex, w)) doc.text(`${m.label}: ${m.value}`);
  doc.fillColor("#000");
  const heading = (title: string) => doc.moveDown(0.8).font(BOLD).fontSize(12).text(title);
  const section = (title: string, body: string) => {
    if (!body.trim()) return;
    heading(title);
    doc.moveDown(0.2).font(REGULAR).fontSize(10).text(plainLines(body.trim()), { width });
  };
  section(w.doc("context"), rex.context);
  if (rex.course.length || rex.courseNarrative.trim()) {
    heading(w.doc("course"));
    if (rex.courseNarrative.trim()) doc.moveDown(0.2).font(REGULAR).fontSize(10).text(plainLines(rex.courseNarrative.trim()), { width });
    if (rex.course.length) table(doc, [w.doc("when", { timeZone: w.timeZone }), w.doc("what"), w.doc("who")], [0.24, 0.54, 0.22], rex.course.map((c) => [w.dateTime(c.at), c.what, c.who]));
  }
  const durations = stepDurationRows(rex.stepDurations, w);
  if (durations.length) {
    heading(w.doc("stepTimes"));
    table(doc, [w.doc("step"), w.doc("time")], [0.5, 0.5], durations.map((d) => [d.step, d.duration]));
  }
  for (const s of writtenSections(rex, w)) section(s.title, s.body);
  const state = { DONE: `[${w.doc("done")}] `, OPEN: `[${w.doc("open")}] `, DEFERRED: "" } as const;
  section(w.doc("measures"), rex.measures.map((m) => `${state[m.state]}${measureLine(m, w)}`).join("\n"));
  if (rex.dashboards.length) {
    heading(w.doc("dashboards"));
    doc.font(REGULAR).fontSize(10).fillColor("#0369a1");
    for (const d of rex.dashboards) doc.text(dashboardName(d, w), { link: d.url, underline: true });
    doc.fillColor("#000");
  }
  doc.end();
  return done;
}

function table(doc: PDFKit.PDFDocument, headers: string[], fractions: number[], rows: string[][]) {
  const width = doc.page.width - 2 * MARGIN;
  const widths = fractions.map((f) => f * width);
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : REGULAR).fontSize(9);
    const texts = cells.map(plainLines);
    const height = Math.max(...texts.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    texts.forEach((c, i) => {
      doc.text(c, x + 3, y + 3, { width: widths[i]! - 6 });
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
