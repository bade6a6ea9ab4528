import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import type { CourseEntry } from "./draft";
import type { RexWords } from "./words";
import type { DashboardUid } from "@/lib/domain/dashboards";

// The REX as Markdown: the document people paste into a wiki or a post-mortem repository.
export type RexDocument = {
  title: string;
  status: "DRAFT" | "PUBLISHED";
  author: string | null;
  publishedAt: Date | null;
  ticket: { number: number; url: string } | null;
  riskCodes: string[];
  incidentStart: Date | null;
  incidentEnd: Date | null;
  context: string;
  course: CourseEntry[];
  courseNarrative: string;
  stepDurations: Partial<Record<Step, number>>;
  solution: string;
  weakPoint: string;
  actionsTaken: string;
  recommendations: string;
  measures: { title: string; owner: string | null; dueDate: Date | null; state: "OPEN" | "DONE" | "DEFERRED"; deferReason: string | null }[];
  /** Vigie's own dashboards carry their uid (named in the reader's language); others keep their title. */
  dashboards: { uid?: DashboardUid; title: string; url: string }[];
};

// What people and alerts wrote is text, never markup: HTML is escaped, and a Markdown link survives only when it
// points to http(s) (a `javascript:` or `data:` link in an alert annotation must not become clickable).
export function mdText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\]\((?!\s*https?:\/\/)/gi, "]\\(");
}
const mdLink = (label: string, url: string) => (/^https?:\/\//i.test(url) ? `[${mdText(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : mdText(label));
const cell = (text: string) => mdText(text).replace(/\|/g, "\\|").replace(/\n/g, " ");

/** One measure as a line of text: title, owner, due date, and why it is deferred. */
export function measureLine(m: RexDocument["measures"][number], w: RexWords): string {
  const deferred = m.state === "DEFERRED" ? ` (${m.deferReason ? w.doc("deferredBecause", { reason: m.deferReason }) : w.doc("deferred")})` : "";
  return `${m.title}${m.owner ? ` — ${m.owner}` : ""}${m.dueDate ? `, ${w.doc("due", { date: w.day(m.dueDate, true) })}` : ""}${deferred}`;
}

export function formatSeconds(seconds: number, w: RexWords): string {
  if (seconds < 60) return w.doc("seconds", { n: seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return w.doc("minutes", { n: minutes });
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? w.doc("hours", { hours, minutes: minutes % 60 }) : w.doc("days", { n: Math.round(hours / 24) });
}

export function stepDurationRows(durations: Partial<Record<Step, number>>, w: RexWords) {
  return steps.filter((s) => durations[s] !== undefined).map((s) => ({ step: w.step(s), duration: formatSeconds(durations[s]!, w) }));
}

export const dashboardName = (d: RexDocument["dashboards"][number], w: RexWords) => (d.uid ? w.dashboard(d.uid) : d.title);

/** The lines under the title: status, author, ticket, risks, the incident's window (label, value). */
export function rexMeta(rex: RexDocument, w: RexWords): { label: string; value: string; url?: string }[] {
  const out: { label: string; value: string; url?: string }[] = [];
  out.push({ label: w.doc("status"), value: rex.status === "PUBLISHED" && rex.publishedAt ? w.doc("published", { date: w.day(rex.publishedAt) }) : w.doc("draft") });
  if (rex.author) out.push({ label: w.doc("author"), value: rex.author });
  if (rex.ticket) out.push({ label: w.doc("ticket"), value: `#${rex.ticket.number}`, url: rex.ticket.url });
  if (rex.riskCodes.length) out.push({ label: w.doc("risks"), value: rex.riskCodes.join(", ") });
  if (rex.incidentStart) out.push({ label: w.doc("incident"), value: `${w.dateTime(rex.incidentStart)} → ${rex.incidentEnd ? w.dateTime(rex.incidentEnd) : "—"} (${w.timeZone})` });
  return out;
}

/** The sections people write, in the document's order, with their titles. */
export const writtenSections = (rex: RexDocument, w: RexWords) =>
  [["solution", rex.solution], ["weakPoint", rex.weakPoint], ["actionsTaken", rex.actionsTaken], ["recommendations", rex.recommendations]].map(([key, body]) => ({ title: w.doc(key as "solution"), body: body! }));

export function renderRexMarkdown(rex: RexDocument, w: RexWords): string {
  const out: string[] = [`# ${mdText(rex.title)}`, ""];
  for (const m of rexMeta(rex, w)) out.push(`- ${m.label}: ${m.url ? mdLink(m.value, m.url) : mdText(m.value)}`);
  const section = (title: string, body: string) => body.trim() && out.push("", `## ${title}`, "", mdText(body.trim()));
  section(w.doc("context"), rex.context);
  if (rex.course.length || rex.courseNarrative) {
    out.push("", `## ${w.doc("course")}`, "");
    if (rex.courseNarrative.trim()) out.push(mdText(rex.courseNarrative.trim()), "");
    if (rex.course.length) {
      out.push(`| ${w.doc("when", { timeZone: w.timeZone })} | ${w.doc("what")} | ${w.doc("who")} |`, "|---|---|---|");
      for (const entry of rex.course) out.push(`| ${w.dateTime(entry.at)} | ${cell(entry.what)} | ${cell(entry.who)} |`);
    }
  }
  const durations = stepDurationRows(rex.stepDurations, w);
  if (durations.length) {
    out.push("", `## ${w.doc("stepTimes")}`, "", `| ${w.doc("step")} | ${w.doc("time")} |`, "|---|---|");
    for (const row of durations) out.push(`| ${row.step} | ${row.duration} |`);
  }
  for (const s of writtenSections(rex, w)) section(s.title, s.body);
  if (rex.measures.length) {
    out.push("", `## ${w.doc("measures")}`, "");
    for (const m of rex.measures) out.push(`- [${m.state === "DONE" ? "x" : " "}] ${mdText(measureLine(m, w))}`);
  }
  if (rex.dashboards.length) {
    out.push("", `## ${w.doc("dashboards")}`, "");
    for (const d of rex.dashboards) out.push(`- ${mdLink(dashboardName(d, w), d.url)}`);
  }
  return `${out.join("\n")}\n`;
}

/** A file name for the exports: the title in lowercase words joined by dashes, accents dropped (« Arrêt » → arret). */
export const rexFilename = (title: string) =>
  title.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "rex";
