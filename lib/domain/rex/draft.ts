import { eventLabel } from "@/lib/domain/timeline";
import { stepInfo, type Step } from "@/lib/domain/lifecycle/steps";

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

const instanceOf = (labels: unknown) => (labels && typeof labels === "object" && "instance" in labels ? ` on ${String((labels as { instance: unknown }).instance)}` : "");

function eventLine(event: TicketHistory["events"][number]): string | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  switch (event.type) {
    case "alert.firing":
    case "alert.resolved":
      return null; // the alerts themselves give start and end below
    case "follow_up.added":
      return `Follow-up: ${String(data.body ?? "")}`;
    case "ticket.assigned":
      return `Assigned to ${String(data.assigneeName ?? "")}`;
    case "validation.refused":
      return `Solution refused: ${String(data.reason ?? "")}`;
    case "ticket.classified":
      return `Classified: priority ${String(data.priority)}, ${String(data.category ?? "").toLowerCase()}`;
    default:
      return data.to && data.from && data.to !== data.from ? `${eventLabel(event.type)} (${stepInfo[data.to as Step]?.label.toLowerCase() ?? data.to})` : eventLabel(event.type);
  }
}

export function buildRexDraft(ticket: TicketHistory): RexDraft {
  const course: CourseEntry[] = [];
  for (const alert of ticket.alerts) {
    course.push({ at: alert.startsAt.toISOString(), what: `Alert ${alert.alertname}${instanceOf(alert.labels)} fired`, who: "Alertmanager" });
    if (alert.endsAt) course.push({ at: alert.endsAt.toISOString(), what: `Alert ${alert.alertname}${instanceOf(alert.labels)} resolved`, who: "Alertmanager" });
  }
  for (const event of ticket.events) {
    const what = eventLine(event);
    if (what) course.push({ at: event.at.toISOString(), what, who: event.actorName ?? event.actorKind.toLowerCase() });
  }
  course.sort((a, b) => a.at.localeCompare(b.at));

  const stepDurations: Partial<Record<Step, number>> = {};
  for (const span of ticket.stepSpans) stepDurations[span.step] = (stepDurations[span.step] ?? 0) + span.seconds;

  const starts = [ticket.createdAt, ...ticket.alerts.map((a) => a.startsAt)];
  const ends = ticket.alerts.map((a) => a.endsAt).filter((d): d is Date => d !== null);
  return {
    title: `Incident #${ticket.number}: ${ticket.title}`,
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
