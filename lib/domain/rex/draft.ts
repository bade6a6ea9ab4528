import { categories, type Category } from "@/lib/domain/alerts/mapping";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import type { RexWords } from "./words";

// The REX draft, built from a closed ticket's own history: people then write the weak point, the actions
// taken and the recommendations. Pure: the caller loads the ticket.
export type CourseEntry = { at: string; what: string; who: string };

export type TicketHistory = {
  number: number;
  title: string;
  description: string;
  createdAt: Date;
  closedAt: Date | null;
  solution: string | null;
  closingNote: string | null;
  riskCodes: string[];
  alerts: { alertname: string; labels: unknown; startsAt: Date; endsAt: Date | null }[];
  events: { at: Date; type: string; actorName: string | null; actorKind: string; data: unknown }[];
  stepSpans: { step: Step; seconds: number }[];
  measures: { title: string; state: string; owner: { name: string }; dueDate: Date | null }[];
  followUps?: { body: string; createdAt: Date; author: { name: string } }[];
};

export type RexDraft = {
  title: string;
  context: string;
  course: CourseEntry[];
  stepDurations: Partial<Record<Step, number>>;
  solution: string;
  actionsTaken: string;
  riskCodes: string[];
  incidentStart: Date;
  incidentEnd: Date | null;
  measures: { title: string; ownerName: string; dueDate: Date | null; done: boolean }[];
};

const instanceOf = (labels: unknown) => (labels && typeof labels === "object" && "instance" in labels ? String((labels as { instance: unknown }).instance) : null);
const isStep = (value: unknown): value is Step => steps.includes(value as Step);

function eventLine(event: TicketHistory["events"][number], w: RexWords): string | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case "alert.firing":
    case "alert.resolved":
      return null; // the alerts themselves give start and end below
    case "follow_up.added":
      return w.draft("followUp", { body: String(data.body ?? "") });
    case "ticket.assigned":
      return w.draft("assigned", { name: String(data.assigneeName ?? "") });
    case "validation.refused":
      return w.draft("refused", { reason: String(data.reason ?? "") });
    case "ticket.classified": {
      const category = categories.includes(data.category as Category) ? w.category(data.category as Category) : w.category("UNCLASSIFIED");
      return w.draft("classified", { priority: String(data.priority), category: category.toLowerCase() });
    }
    default: {
      const label = w.event(event.type);
      return isStep(data.to) && data.from && data.to !== data.from ? w.draft("moved", { event: label, step: w.step(data.to).toLowerCase() }) : label;
    }
  }
}

/** The draft, its generated lines in the language of the person who drafts it. */
export function buildRexDraft(ticket: TicketHistory, w: RexWords): RexDraft {
  const course: CourseEntry[] = [];
  for (const alert of ticket.alerts) {
    const instance = instanceOf(alert.labels);
    const line = (what: "alertFired" | "alertResolved") => (instance ? w.draft(`${what}On`, { alertname: alert.alertname, instance }) : w.draft(what, { alertname: alert.alertname }));
    course.push({ at: alert.startsAt.toISOString(), what: line("alertFired"), who: "Alertmanager" });
    if (alert.endsAt) course.push({ at: alert.endsAt.toISOString(), what: line("alertResolved"), who: "Alertmanager" });
  }
  for (const event of ticket.events) {
    const what = eventLine(event, w);
    if (what) course.push({ at: event.at.toISOString(), what, who: event.actorName ?? event.actorKind.toLowerCase() });
  }
  course.sort((a, b) => a.at.localeCompare(b.at));

  const stepDurations: Partial<Record<Step, number>> = {};
  for (const span of ticket.stepSpans) stepDurations[span.step] = (stepDurations[span.step] ?? 0) + span.seconds;

  const starts = [ticket.createdAt, ...ticket.alerts.map((a) => a.startsAt)];
  const ends = ticket.alerts.map((a) => a.endsAt).filter((d): d is Date => d !== null);
  return {
    title: w.draft("title", { number: ticket.number, title: ticket.title }),
    context: ticket.description,
    course,
    stepDurations,
    solution: ticket.solution ?? "",
    actionsTaken: [ticket.solution, ticket.closingNote].filter(Boolean).join("\n\n"),
    riskCodes: ticket.riskCodes,
    incidentStart: new Date(Math.min(...starts.map((d) => d.getTime()))),
    incidentEnd: ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : ticket.closedAt,
    measures: ticket.measures.map((m) => ({ title: m.title, ownerName: m.owner.name, dueDate: m.dueDate, done: m.state === "DONE" })),
  };
}
