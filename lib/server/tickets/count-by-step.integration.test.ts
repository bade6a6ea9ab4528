import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Step } from "@/lib/domain/lifecycle/steps";
import { ticketListQuerySchema } from "@/lib/validations/tickets";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { STEP_COUNT_CAP, TEXT_CLOSURE_CAP } from "./count-by-step";
import { listTickets } from "./list-tickets";

// Issue 15: the per-step counts of a filtered list at a million tickets. A text search counts the open steps
// together up to STEP_COUNT_CAP and closure up to TEXT_CLOSURE_CAP; other filters count each step up to
// STEP_COUNT_CAP. Below the caps every count is exact; past them the count is flagged as a lower bound.
let observer: Actor;
const openSteps: Step[] = ["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION"];

async function addTickets(title: string, count: number, fields: { step: Step; signal?: "FIRING" | "RESOLVED" | "NONE"; assigneeId?: string; acknowledgedAt?: Date }) {
  await testDb().ticket.createMany({ data: Array.from({ length: count }, (_, i) => ({ title: `${title} ${i}`, source: "MANUAL" as const, ...fields })) });
}

const list = (query: Record<string, string>) => listTickets({ actor: observer, query: ticketListQuerySchema.parse(query) });

describe("per-step counts of a filtered list", () => {
  beforeAll(async () => {
    observer = await actorWithRole("OBSERVER");
  });

  it("counts a text search exactly below the caps, open and closed steps alike", async () => {
    const word = `exactword${Date.now()}`;
    await addTickets(word, 3, { step: "REGISTRATION" });
    await addTickets(word, 2, { step: "TREATMENT" });
    await addTickets(word, 4, { step: "CLOSURE", signal: "RESOLVED" });
    const result = await list({ text: word, scope: "all" });
    expect(result.counts).toEqual({ REGISTRATION: 3, CLASSIFICATION: 0, TREATMENT: 2, SOLUTION: 0, VALIDATION: 0, REMEDIATION: 0, CLOSURE: 4 });
    expect(result.cappedSteps).toEqual([]);
    expect(result).toMatchObject({ total: 9, capped: false });
  });

  it("bounds closure's count of a text search at TEXT_CLOSURE_CAP, the open steps staying exact", async () => {
    const word = `closedword${Date.now()}`;
    await addTickets(word, TEXT_CLOSURE_CAP + 5, { step: "CLOSURE", signal: "RESOLVED" });
    await addTickets(word, 7, { step: "VALIDATION" });
    const all = await list({ text: word, scope: "all" });
    expect(all.counts).toMatchObject({ VALIDATION: 7, CLOSURE: TEXT_CLOSURE_CAP });
    expect(all.cappedSteps).toEqual(["CLOSURE"]);
    expect(all).toMatchObject({ total: 7 + TEXT_CLOSURE_CAP, capped: true });
    // The default view (open tickets) is exact: closure's bound is not in its scope.
    expect(await list({ text: word })).toMatchObject({ total: 7, capped: false });
  });

  it("counts the open steps of a text search together: past STEP_COUNT_CAP matches each is a lower bound", async () => {
    const word = `openword${Date.now()}`;
    await addTickets(word, STEP_COUNT_CAP - 500, { step: "REGISTRATION" });
    await addTickets(word, 600, { step: "TREATMENT" });
    await addTickets(word, 3, { step: "CLOSURE", signal: "RESOLVED" });
    const result = await list({ text: word, scope: "all" });
    expect(result.cappedSteps).toEqual(openSteps);
    expect(result.counts.REGISTRATION).toBeLessThanOrEqual(STEP_COUNT_CAP - 500);
    expect(result.counts.TREATMENT).toBeLessThanOrEqual(600);
    expect(result.counts.REGISTRATION + result.counts.TREATMENT).toBe(STEP_COUNT_CAP + 1);
    expect(result.counts.CLOSURE).toBe(3);
    expect(result.capped).toBe(true);
  });

  it("answers 0, exactly, for a step without a match (no FIRING ticket among the closed ones)", async () => {
    const assignee = await actorWithRole("TECHNICIAN");
    await addTickets("assigned", 2, { step: "TREATMENT", signal: "FIRING", assigneeId: assignee.id });
    await addTickets("assigned", 1, { step: "TREATMENT", signal: "FIRING", assigneeId: assignee.id, acknowledgedAt: new Date() });
    await addTickets("assigned", 3, { step: "CLOSURE", signal: "RESOLVED", assigneeId: assignee.id });
    const firing = await list({ assignee: assignee.id, signal: "FIRING", scope: "all" });
    expect(firing.counts).toMatchObject({ TREATMENT: 3, CLOSURE: 0 });
    expect(firing).toMatchObject({ cappedSteps: [], total: 3, capped: false });
    const unacknowledged = await list({ assignee: assignee.id, ack: "no", scope: "all" });
    expect(unacknowledged.counts).toMatchObject({ TREATMENT: 2, CLOSURE: 3 });
    expect((await list({ assignee: assignee.id, ack: "yes", scope: "all" })).counts).toMatchObject({ TREATMENT: 1, CLOSURE: 0 });
  });
});
