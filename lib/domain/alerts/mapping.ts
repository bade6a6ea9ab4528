import type { Level } from "@/lib/domain/priority";

// How an alert's labels and annotations classify its ticket (PRODUCT: "Labels drive classification").
export const categories = ["SERVER", "SERVICE", "RESOURCE", "SECURITY", "OTHER"] as const;
export type Category = (typeof categories)[number];

// A Map, not an object: a label value such as "constructor" or "__proto__" must not find Object.prototype's members.
const severityToUrgency = new Map<string, Level>([
  ["critical", 5],
  ["page", 5],
  ["emergency", 5],
  ["high", 4],
  ["error", 4],
  ["major", 4],
  ["warning", 3],
  ["warn", 3],
  ["medium", 3],
  ["minor", 2],
  ["low", 2],
  ["info", 1],
  ["informational", 1],
  ["none", 1],
]);

/** `severity` → urgency; an unknown or missing severity counts as a warning. */
export function urgencyFromSeverity(severity: string | undefined): Level {
  return severityToUrgency.get((severity ?? "").trim().toLowerCase()) ?? 3;
}

/** `category` (server | service | resource, and our own security | other) → category. */
export function categoryFromLabel(category: string | undefined): Category | null {
  const value = (category ?? "").trim().toUpperCase();
  return (categories as readonly string[]).includes(value) ? (value as Category) : null;
}

/** `risk` labels such as "R3" or "r3,R1" → risk codes, upper-cased, deduplicated. */
export function riskCodesFromLabel(risk: string | undefined): string[] {
  const codes = (risk ?? "")
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => /^R\d{1,4}$/.test(c));
  return [...new Set(codes)];
}

export type AlertLike = { labels: Record<string, string>; annotations: Record<string, string> };

/** A ticket's title: the summary annotation, else the alert name with its instance or job. */
export function titleFor(alert: AlertLike): string {
  const summary = alert.annotations.summary?.trim();
  if (summary) return truncate(summary, 200);
  const name = alert.labels.alertname ?? "Alert";
  const where = alert.labels.instance ?? alert.labels.job ?? alert.labels.service;
  return truncate(where ? `${name} on ${where}` : name, 200);
}

export function descriptionFor(alert: AlertLike): string {
  return truncate(alert.annotations.description?.trim() || alert.annotations.message?.trim() || "", 10_000);
}

/** An http(s) runbook, or a path in Vigie itself (the shipped rules point at /runbooks#alertname). */
export function runbookFor(alert: AlertLike): string | null {
  const url = alert.annotations.runbook_url?.trim() || alert.annotations.runbook?.trim();
  if (!url) return null;
  return /^https?:\/\//i.test(url) || /^\/(?!\/)[\w\-./#?=&%]*$/.test(url) ? url : null;
}

function truncate(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** The classification a group of alerts proposes: the most urgent severity wins; the first category and risks. */
export function classifyAlerts(alerts: AlertLike[]): { urgency: Level; category: Category | null; riskCodes: string[] } {
  const urgency = Math.max(...alerts.map((a) => urgencyFromSeverity(a.labels.severity)), 1) as Level;
  const category = alerts.map((a) => categoryFromLabel(a.labels.category)).find((c) => c !== null) ?? null;
  const riskCodes = [...new Set(alerts.flatMap((a) => riskCodesFromLabel(a.labels.risk)))];
  return { urgency, category, riskCodes };
}
