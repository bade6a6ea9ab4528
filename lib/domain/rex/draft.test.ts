import { describe, expect, it } from "vitest";
import { rexWords } from "@/lib/i18n/rex-words";
import { buildRexDraft, type TicketHistory } from "./draft";

const en = rexWords("en", "UTC");

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 10, minutes));

const ticket: TicketHistory = {
  number: 42,
  title: "PostgreSQL is down",
  description: "pg_up is 0 on db:9187",
  createdAt: t(1),
  closedAt: t(90),
  solution: "Removed the stray characters from pg_hba.conf, restarted PostgreSQL.",
  closingNote: "Config files are now reviewed before reload.",
  riskCodes: ["R3"],
  alerts: [{ alertname: "PostgresDown", labels: { instance: "db:9187" }, startsAt: t(0), endsAt: t(30) }],
  events: [
    { at: t(1), type: "ticket.registered", actorName: "Alertmanager", actorKind: "ALERTMANAGER", data: { source: "ALERT" } },
    { at: t(1), type: "alert.firing", actorName: "Alertmanager", actorKind: "ALERTMANAGER", data: {} },
    { at: t(5), type: "ticket.classified", actorName: "Alice Martin", actorKind: "USER", data: { from: "REGISTRATION", to: "CLASSIFICATION", priority: 5, category: "SERVICE" } },
    { at: t(6), type: "ticket.assigned", actorName: "Alice Martin", actorKind: "USER", data: { from: "CLASSIFICATION", to: "TREATMENT", assigneeName: "Thomas Petit" } },
    { at: t(20), type: "follow_up.added", actorName: "Thomas Petit", actorKind: "USER", data: { body: "pg_hba.conf has stray characters on line 92" } },
    { at: t(45), type: "validation.approved", actorName: "Bruno Lefèvre", actorKind: "USER", data: { from: "VALIDATION", to: "REMEDIATION" } },
  ],
  stepSpans: [
    { step: "REGISTRATION", seconds: 240 },
    { step: "CLASSIFICATION", seconds: 60 },
    { step: "TREATMENT", seconds: 1_800 },
    { step: "TREATMENT", seconds: 600 },
  ],
  measures: [{ title: "Review config changes in pairs", state: "DONE", owner: { name: "Thomas Petit" }, dueDate: t(60 * 24) }],
};

describe("buildRexDraft", () => {
  const draft = buildRexDraft(ticket, en);

  it("tells the course of the incident in time order, alerts included, with who did what", () => {
    expect(draft.course).toEqual([
      { at: t(0).toISOString(), what: "Alert PostgresDown on db:9187 fired", who: "Alertmanager" },
      { at: t(1).toISOString(), what: "Registered", who: "Alertmanager" },
      { at: t(5).toISOString(), what: "Classified: priority 5, service", who: "Alice Martin" },
      { at: t(6).toISOString(), what: "Assigned to Thomas Petit", who: "Alice Martin" },
      { at: t(20).toISOString(), what: "Follow-up: pg_hba.conf has stray characters on line 92", who: "Thomas Petit" },
      { at: t(30).toISOString(), what: "Alert PostgresDown on db:9187 resolved", who: "Alertmanager" },
      { at: t(45).toISOString(), what: "Solution approved (remediation)", who: "Bruno Lefèvre" },
    ]);
  });

  it("sums the time spent in each step", () => {
    expect(draft.stepDurations).toEqual({ REGISTRATION: 240, CLASSIFICATION: 60, TREATMENT: 2_400 });
  });

  it("carries the solution, the remediation actions, the risks and the incident's window", () => {
    expect(draft).toMatchObject({
      title: "Incident #42: PostgreSQL is down",
      solution: ticket.solution,
      actionsTaken: `${ticket.solution}\n\n${ticket.closingNote}`,
      riskCodes: ["R3"],
      incidentStart: t(0),
      incidentEnd: t(30),
      measures: [{ title: "Review config changes in pairs", ownerName: "Thomas Petit", done: true }],
    });
  });

  it("ends at closure when no alert ended", () => {
    expect(buildRexDraft({ ...ticket, alerts: [] }, en).incidentEnd).toEqual(t(90));
  });

  it("is written in the language of whoever drafts it", () => {
    const french = buildRexDraft(ticket, rexWords("fr", "Europe/Paris"));
    expect(french.title).toBe("Incident n° 42 : PostgreSQL is down");
    expect(french.course.map((c) => c.what)).toEqual([
      "Alerte PostgresDown déclenchée sur db:9187",
      "Enregistré",
      "Classifié : priorité 5, service",
      "Attribué à Thomas Petit",
      "Suivi : pg_hba.conf has stray characters on line 92",
      "Alerte PostgresDown résolue sur db:9187",
      "Solution approuvée (remédiation)",
    ]);
  });
});
