import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { addFollowUp } from "./add-follow-up";
import { addMeasure } from "./add-measure";
import { updateMeasure } from "./update-measure";
import { reportIncident } from "./report-incident";
import { transitionTicket } from "./transition-ticket";

let admins: Actor[];
let tech: Actor;
let observer: Actor;
let ticketId: string;
let deactivated: string[] = [];

const ticket = () => testDb().ticket.findUniqueOrThrow({ where: { id: ticketId } });
const act = async (actor: Actor, request: Parameters<typeof transitionTicket>[0]["request"]) => transitionTicket({ ticketId, actor, request });

beforeAll(async () => {
  // Other suites leave admins behind; deactivate them so this team of three is the whole admin group. Only these
  // are made active again after: an admin another file deactivated stays so.
  deactivated = (await testDb().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } })).map((u) => u.id);
  await testDb().user.updateMany({ where: { id: { in: deactivated } }, data: { active: false } });
  admins = [await actorWithRole("ADMIN"), await actorWithRole("ADMIN"), await actorWithRole("ADMIN")];
  tech = await actorWithRole("TECHNICIAN");
  observer = await actorWithRole("OBSERVER");
  await testDb().setting.upsert({ where: { key: "quorumPolicy" }, create: { key: "quorumPolicy", value: "MAJORITY" }, update: { value: "MAJORITY" } });
});

afterAll(async () => {
  await testDb().setting.deleteMany({ where: { key: "quorumPolicy" } });
  await testDb().user.updateMany({ where: { id: { in: deactivated } }, data: { active: true } });
});

describe("the seven steps, end to end in the server layer", () => {
  it("registration: an observer reports an incident and the admins are emailed", async () => {
    const created = await reportIncident({ actor: observer, input: { title: "Results page down", description: "The vote results page answers 502.", urgency: 4, category: "SERVICE" } });
    ticketId = created.id;
    expect(await ticket()).toMatchObject({ step: "REGISTRATION", source: "MANUAL", reporterId: observer.id, version: 0 });
    const [email] = await testDb().outboxEmail.findMany({ where: { ticketId } });
    expect([...email!.to].sort()).toEqual(admins.map((a) => a.email).sort());
  });

  it("classification: only an admin, on the current version; priority from the matrix", async () => {
    await expect(act(tech, { transition: "classify", impact: 4, urgency: 4, category: "SERVICE", affectedServices: [] })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(act(admins[0]!, { transition: "classify", version: 7, impact: 4, urgency: 4, category: "SERVICE", affectedServices: [] })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { current: { step: "REGISTRATION", version: 0 } },
    });
    await act(admins[0]!, { transition: "classify", version: 0, impact: 4, urgency: 5, category: "SERVICE", affectedServices: ["web", "postgresql"] });
    expect(await ticket()).toMatchObject({ step: "CLASSIFICATION", impact: 4, urgency: 5, priority: 5, affectedServices: ["web", "postgresql"], version: 1 });
  });

  it("treatment: an admin assigns the technician, who is emailed in the ticket's thread", async () => {
    await expect(act(admins[0]!, { transition: "assign", assigneeId: observer.id })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await act(admins[0]!, { transition: "assign", assigneeId: tech.id });
    expect(await ticket()).toMatchObject({ step: "TREATMENT", assigneeId: tech.id });
    const email = await testDb().outboxEmail.findFirstOrThrow({ where: { ticketId, kind: "ticket.assigned" } });
    expect(email.to).toEqual([tech.email]);
    expect(email.inReplyTo).toBe(`<ticket-${ticketId}@localhost>`);
    await addFollowUp({ actor: tech, ticketId, body: "The database was restarted at 10:12; pages come back." });
    await expect(addFollowUp({ actor: observer, ticketId, body: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("solution and validation: a refusal with a reason sends it back; majority approval moves it on", async () => {
    await expect(act(admins[1]!, { transition: "refuse", reason: "too early" })).rejects.toMatchObject({ code: "CONFLICT" });
    await act(tech, { transition: "recordSolution", solution: "Restarted the containers after the database." });
    await act(tech, { transition: "requestValidation" });
    expect(await ticket()).toMatchObject({ step: "VALIDATION", solverId: tech.id, validationRound: 1 });
    expect(await testDb().outboxEmail.count({ where: { ticketId, kind: "ticket.validation_requested" } })).toBe(1);

    await act(admins[1]!, { transition: "refuse", reason: "The results page still times out under load." });
    expect(await ticket()).toMatchObject({ step: "TREATMENT" });
    expect((await testDb().outboxEmail.findFirstOrThrow({ where: { ticketId, kind: "validation.refused" } })).to).toEqual([tech.email]);

    await act(tech, { transition: "recordSolution", solution: "Restarted the containers; added a failover plan." });
    await act(tech, { transition: "requestValidation" });
    await act(admins[0]!, { transition: "approve" });
    expect(await ticket()).toMatchObject({ step: "VALIDATION", validationRound: 2 });
    await expect(act(admins[0]!, { transition: "approve" })).rejects.toMatchObject({ code: "CONFLICT" });
    await act(admins[2]!, { transition: "approve" });
    expect(await ticket()).toMatchObject({ step: "REMEDIATION" });
  });

  it("remediation and closure: closure waits for every measure", async () => {
    const measure = await addMeasure({ actor: admins[0]!, ticketId, title: "Write the failover procedure", ownerId: tech.id, dueDate: "2026-12-15" });
    await expect(act(admins[0]!, { transition: "close", note: "Solved." })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateMeasure({ actor: tech, measureId: measure.id, state: "DEFERRED" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await updateMeasure({ actor: tech, measureId: measure.id, state: "DONE" });
    await act(admins[0]!, { transition: "close", note: "Solved; failover procedure written." });
    expect(await ticket()).toMatchObject({ step: "CLOSURE", openGroupKey: null, closingNote: "Solved; failover procedure written." });
    expect((await testDb().outboxEmail.findFirstOrThrow({ where: { ticketId, kind: "ticket.closed" } })).to.length).toBe(3);
  });

  it("kept the time spent in each step and an event for every change", async () => {
    const spans = await testDb().stepSpan.findMany({ where: { ticketId }, orderBy: { id: "asc" } });
    expect(spans.map((s) => s.step)).toEqual(["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION"]);
    const events = await testDb().timelineEvent.findMany({ where: { ticketId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual([
      "ticket.registered", "ticket.classified", "ticket.assigned", "follow_up.added", "ticket.solution_recorded", "ticket.validation_requested",
      "validation.refused", "ticket.solution_recorded", "ticket.validation_requested", "validation.approved", "validation.approved",
      "remediation.added", "remediation.updated", "ticket.closed",
    ]);
    expect(events.find((e) => e.type === "validation.refused")).toMatchObject({ actorId: admins[1]!.id, data: expect.objectContaining({ reason: "The results page still times out under load." }) });
  });

  it("an admin can reopen a closed ticket with a reason", async () => {
    await expect(act(tech, { transition: "reopen", reason: "back" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await act(admins[1]!, { transition: "reopen", reason: "The page failed again the next morning." });
    expect(await ticket()).toMatchObject({ step: "TREATMENT", closedAt: null });
  });
});
