import type { translatorFor } from "@/lib/i18n/translator";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { categories, type Category } from "@/lib/domain/alerts/mapping";

/** The whole-catalogue translator (useTranslations() on a page, translatorFor(locale).t elsewhere) and a date format. */
export type TimelineWords = { t: ReturnType<typeof translatorFor>["t"]; when: (value: string) => string };

const sources = ["ALERT", "MANUAL", "HEARTBEAT", "PUBLIC"] as const;
const measureStates = ["OPEN", "DONE", "DEFERRED"] as const;
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null => (list as readonly unknown[]).includes(value) ? (value as T) : null;

/** The line after an event's label: what the data says, for each type (older rows' shapes included). */
export function eventDetail(type: string, data: Record<string, unknown>, { t, when }: TimelineWords): string | null {
  const at = (value: unknown) => (value ? when(String(value)) : t("tickets.timeline.unknown"));
  const step = (value: unknown) => { const s = oneOf<Step>(steps, value); return s ? t(`lifecycle.steps.${s}.label`) : String(value); };
  const category = (value: unknown) => { const c = oneOf<Category>(categories, value); return c ? t(`lifecycle.categories.${c}`) : String(value); };
  const source = (value: unknown) => { const s = oneOf(sources, value); return s ? t(`tickets.source.${s}`) : String(value); };
  if (type.startsWith("alert.") && Array.isArray(data.alerts)) {
    const alerts = data.alerts as { alertname?: string; instance?: string }[];
    const names = alerts.slice(0, 3).map((a) => (a.alertname && a.instance ? t("tickets.timeline.onInstance", { alert: a.alertname, instance: a.instance }) : (a.alertname ?? a.instance ?? ""))).join(", ");
    const listed = alerts.length > 3 ? t("tickets.timeline.andMore", { names, more: alerts.length - 3 }) : names;
    return alerts.length > 1 ? t("tickets.timeline.alerts", { count: alerts.length, names: listed }) : listed;
  }
  if (type === "ticket.reopened_by_alert") return t("tickets.timeline.fromStep", { step: step(data.from) });
  if (type === "ticket.classified") {
    const p = Math.min(6, Math.max(1, Number(data.priority) || 1)) as 1 | 2 | 3 | 4 | 5 | 6;
    return t("tickets.timeline.classified", { priority: t("admin.priority", { label: t(`admin.priorities.${p}`), priority: p }), category: category(data.category) });
  }
  if (type === "ticket.assigned") return data.self ? t("tickets.timeline.tookIt", { name: String(data.assigneeName ?? "") }) : String(data.assigneeName ?? "");
  if (type === "ticket.closed_as_duplicate" || type === "ticket.merged_into") return data.duplicateOfNumber ? t("tickets.timeline.duplicateOf", { number: Number(data.duplicateOfNumber) }) : null;
  if (type === "ticket.merged") {
    const number = Number(data.mergedNumber);
    return typeof data.alertsMoved === "number" ? t("tickets.timeline.mergedMoved", { number, count: data.alertsMoved }) : t("tickets.timeline.merged", { number });
  }
  if (type === "validation.refused" || type === "ticket.reopened") return String(data.reason ?? "");
  if (type === "follow_up.added" || type === "ticket.solution_recorded") return String(data.body ?? data.solution ?? "");
  if (type === "validation.approved") return data.quorumReached ? t("tickets.timeline.quorumReached") : t("tickets.timeline.waitingApprovals");
  if (type.startsWith("remediation.")) {
    const state = oneOf(measureStates, data.state);
    return [data.title, state ? t(`lifecycle.measures.state.${state}`) : null].filter(Boolean).join(" · ");
  }
  if (type.startsWith("silence.")) {
    const reason = data.maintenance ? t("tickets.timeline.maintenance", { reason: String(data.reason ?? "") }) : data.reason;
    return [reason, data.matchers, data.endsAt ? t("tickets.timeline.until", { date: at(data.endsAt) }) : null].filter(Boolean).join(" · ") || null;
  }
  if (type === "heartbeat.late") return data.lastSeenAt ? t("tickets.timeline.lastSeen", { date: at(data.lastSeenAt) }) : t("tickets.timeline.neverReceived");
  if (type === "heartbeat.stopped") {
    return t("tickets.timeline.watchdogEnded", { ended: at(data.endedAt), last: data.lastSeenAt ? at(data.lastSeenAt) : t("tickets.timeline.neverReceived") });
  }
  if (type === "heartbeat.restored") return data.lateSince ? t("tickets.timeline.lateSince", { date: at(data.lateSince) }) : null;
  if (type === "alertmanager.unreachable") {
    const urls = Array.isArray(data.urls) ? (data.urls as { url?: string }[]).map((u) => u.url).filter(Boolean) : [];
    return urls.length ? t("tickets.timeline.noAnswerFrom", { date: at(data.since), urls: urls.join(", ") }) : t("tickets.timeline.noAnswer", { date: at(data.since) });
  }
  if (type === "alertmanager.reachable") return data.since ? t("tickets.timeline.unreachableSince", { date: at(data.since) }) : null;
  if (type === "escalation.notified") {
    const names = Array.isArray(data.notified) ? (data.notified as { name?: string }[]).map((n) => n.name).filter(Boolean) : [];
    return t("tickets.timeline.escalation", { level: Number(data.level), round: Number(data.round), names: names.join(", ") });
  }
  if (type === "ticket.registered") return data.previousTicketId ? t("tickets.timeline.recurrence", { source: source(data.source) }) : t("tickets.timeline.fromSource", { source: source(data.source) });
  return null;
}

/** An event's name: messages' lifecycle.events; a type added since the messages were written reads as its English. */
export function eventName(type: string, t: TimelineWords["t"], english: (type: string) => string): string {
  const key = `lifecycle.events.${type}` as Parameters<typeof t.has>[0];
  return t.has(key) ? t(key) : english(type);
}
