import { stepInfo, steps, type Step } from "@/lib/domain/lifecycle/steps";
import type { CourseEntry } from "./draft";

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
  dashboards: { title: string; url: string }[];
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");
const time = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";
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
export function measureLine(m: RexDocument["measures"][number]): string {
  const deferred = m.state === "DEFERRED" ? ` (deferred${m.deferReason ? `: ${m.deferReason}` : ""})` : "";
  return `${m.title}${m.owner ? ` — ${m.owner}` : ""}${m.dueDate ? `, due ${day(m.dueDate)}` : ""}${deferred}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.round(hours / 24)} d`;
}

export function stepDurationRows(durations: Partial<Record<Step, number>>) {
  return steps.filter((s) => durations[s] !== undefined).map((s) => ({ step: stepInfo[s].label, duration: formatSeconds(durations[s]!) }));
}

export function renderRexMarkdown(rex: RexDocument): string {
  const out: string[] = [`# ${mdText(rex.title)}`, ""];
  out.push(`- Status: ${rex.status === "PUBLISHED" ? `published ${day(rex.publishedAt)}` : "draft"}`);
  if (rex.author) out.push(`- Author: ${mdText(rex.author)}`);
  if (rex.ticket) out.push(`- Ticket: ${mdLink(`#${rex.ticket.number}`, rex.ticket.url)}`);
  if (rex.riskCodes.length) out.push(`- Risks: ${mdText(rex.riskCodes.join(", "))}`);
  if (rex.incidentStart) out.push(`- Incident: ${time(rex.incidentStart.toISOString())} → ${rex.incidentEnd ? time(rex.incidentEnd.toISOString()) : "—"}`);
  const section = (title: string, body: string) => body.trim() && out.push("", `## ${title}`, "", mdText(body.trim()));
  section("Context", rex.context);
  if (rex.course.length || rex.courseNarrative) {
    out.push("", "## Course of the incident", "");
    if (rex.courseNarrative.trim()) out.push(mdText(rex.courseNarrative.trim()), "");
    if (rex.course.length) {
      out.push("| When | What | Who |", "|---|---|---|");
      for (const entry of rex.course) out.push(`| ${time(entry.at)} | ${cell(entry.what)} | ${cell(entry.who)} |`);
    }
  }
  const durations = stepDurationRows(rex.stepDurations);
  if (durations.length) {
    out.push("", "## Time in each step", "", "| Step | Time |", "|---|---|");
    for (const row of durations) out.push(`| ${row.step} | ${row.duration} |`);
  }
  section("Solution", rex.solution);
  section("Weak point", rex.weakPoint);
  section("Actions taken", rex.actionsTaken);
  section("Recommendations", rex.recommendations);
  if (rex.measures.length) {
    out.push("", "## Corrective measures", "");
    for (const m of rex.measures) out.push(`- [${m.state === "DONE" ? "x" : " "}] ${mdText(measureLine(m))}`);
  }
  if (rex.dashboards.length) {
    out.push("", "## Dashboards for the incident's time window", "");
    for (const d of rex.dashboards) out.push(`- ${mdLink(d.title, d.url)}`);
  }
  return `${out.join("\n")}\n`;
}

/** A file name for the exports: the title in lowercase words joined by dashes. */
export const rexFilename = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "rex";
