import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postWebhook } from "@/app/api/alertmanager/route";
import { GET as getTicketRoute } from "@/app/api/tickets/[id]/route";
import { POST as postBulk } from "@/app/api/tickets/bulk/route";
import { GET as listRoute } from "@/app/api/tickets/route";
import type { Actor } from "@/lib/auth/actor";
import { resetEnv } from "@/lib/env";
import { ticketListQuerySchema } from "@/lib/validations/tickets";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { createTestToken } from "@/test/support/tokens";
import { uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { acknowledgeTicket } from "@/lib/server/lifecycle/acknowledge-ticket";
import { takeTicket } from "@/lib/server/lifecycle/take-ticket";
import { transitionTicket } from "@/lib/server/lifecycle/transition-ticket";
import { bulkAct } from "./bulk-act";
import { getTicket } from "./get-ticket";
import { listTickets } from "./list-tickets";
import { selectedTicketIds } from "./list-ticket-ids";

// Issue 13, part A: acknowledge, take, the triage list, bulk actions, merge, close as duplicate.
let admin: Actor;
let admin2: Actor;
let tech: Actor;
let tech2: Actor;
let observer: Actor;
let alertmanagerToken: string;
let adminToken: string;
const db = () => testDb();

/** A ticket opened by a webhook delivery of its own group; `tag` lands in the title, for text searches. */
async function alertTicket(tag: string, labels: Record<string, string> = {}) {
  const g = uniqueGroup(labels);
  const response = await postWebhook(webhookRequest(g.payload([g.alert({ annotations: { summary: `${tag} ${g.groupKey}` } })]), { token: alertmanagerToken }));
  const body = await response.json();
  expect(response.status).toBe(200);
  return { id: body.ticketId as string, group: g };
}

const ticket = (id: string) => db().ticket.findUniqueOrThrow({ where: { id } });
const setSelfAssign = (value: boolean) => db().setting.upsert({ where: { key: "selfAssign" }, create: { key: "selfAssign", value }, update: { value } });
const api = (path: string, init: RequestInit & { token?: string } = {}) =>
  new Request(`http://vigie.test${path}`, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${init.token ?? adminToken}` } });

beforeAll(async () => {
  delete process.env.ALERTMANAGER_TOKEN;
  resetEnv();
  [admin, admin2, tech, tech2, observer] = [await actorWithRole("ADMIN"), await actorWithRole("ADMIN"), await actorWithRole("TECHNICIAN"), await actorWithRole("TECHNICIAN"), await actorWithRole("OBSERVER")];
  alertmanagerToken = await createTestToken("ALERTMANAGER");
  adminToken = await createTestToken("API", "ADMIN");
});

afterAll(async () => {
  await db().setting.deleteMany({ where: { key: "selfAssign" } });
});

describe("acknowledge", () => {
  it("records who and when, keeps the step and the version, and writes one event", async () => {
    const { id } = await alertTicket("Ack basic");
    const before = await ticket(id);
    await acknowledgeTicket({ ticketId: id, actor: tech });
    const after = await ticket(id);
    expect(after).toMatchObject({ step: "REGISTRATION", version: before.version, acknowledgedById: tech.id });
    expect(after.acknowledgedAt).toBeInstanceOf(Date);
    const events = await db().timelineEvent.findMany({ where: { ticketId: id, type: "ticket.acknowledged" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: tech.id, actorName: tech.name });
  });

  it("refuses a second acknowledgement (naming the first), an observer, an API token and a closed ticket", async () => {
    const { id } = await alertTicket("Ack refusals");
    await acknowledgeTicket({ ticketId: id, actor: admin });
    await expect(acknowledgeTicket({ ticketId: id, actor: tech })).rejects.toMatchObject({ code: "CONFLICT", message: `Already acknowledged by ${admin.name}.` });
    const other = await alertTicket("Ack refusals 2");
    await expect(acknowledgeTicket({ ticketId: other.id, actor: observer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(acknowledgeTicket({ ticketId: other.id, actor: { ...admin, kind: "token" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const closed = await db().ticket.create({ data: { title: "closed", source: "MANUAL", step: "CLOSURE" } });
    await expect(acknowledgeTicket({ ticketId: closed.id, actor: admin })).rejects.toMatchObject({ code: "CONFLICT", message: "The ticket is closed." });
  });

  it("stops nothing else: a form read before the acknowledgement still classifies, assigns and records the solution", async () => {
    const { id } = await alertTicket("Ack stops nothing");
    const { version } = await ticket(id);
    await acknowledgeTicket({ ticketId: id, actor: admin2 });
    await transitionTicket({ ticketId: id, actor: admin, request: { transition: "classify", version, impact: 3, urgency: 4, category: "SERVICE", affectedServices: [] } });
    await transitionTicket({ ticketId: id, actor: admin, request: { transition: "assign", assigneeId: tech.id } });
    await transitionTicket({ ticketId: id, actor: tech, request: { transition: "recordSolution", solution: "Restarted." } });
    expect(await ticket(id)).toMatchObject({ step: "SOLUTION", acknowledgedById: admin2.id, assigneeId: tech.id });
  });

  it("shows in GET /api/tickets/{id} and in the list", async () => {
    const tag = `Ack api ${randomUUID().slice(0, 6)}`;
    const { id } = await alertTicket(tag);
    await acknowledgeTicket({ ticketId: id, actor: tech });
    const one = await (await getTicketRoute(api(`/api/tickets/${id}`), { params: Promise.resolve({ id }) })).json();
    expect(one).toMatchObject({ acknowledgedById: tech.id, acknowledgedBy: { id: tech.id, name: tech.name }, step: "REGISTRATION" });
    expect(one.acknowledgedAt).toEqual(expect.any(String));
    const list = await (await listRoute(api(`/api/tickets?text=${encodeURIComponent(tag)}`), {})).json();
    expect(list.items[0]).toMatchObject({ id, acknowledgedBy: { name: tech.name }, alertCount: 1, lastAlert: { alertname: expect.stringMatching(/^TestAlert_/) }, sla: { state: "ok", clock: "assignment" } });
    expect((await (await listRoute(api(`/api/tickets?text=${encodeURIComponent(tag)}&ack=no`), {})).json()).total).toBe(0);
  });
});

describe("take: a technician assigns himself an unassigned ticket when the team allows it", () => {
  async function classified(tag: string) {
    const { id } = await alertTicket(tag);
    await transitionTicket({ ticketId: id, actor: admin, request: { transition: "classify", impact: 3, urgency: 3, category: "SERVER", affectedServices: [] } });
    return id;
  }

  it("takes it, acknowledges it at once, sends no email", async () => {
    await setSelfAssign(true);
    const id = await classified("Take allowed");
    await takeTicket({ ticketId: id, actor: tech });
    expect(await ticket(id)).toMatchObject({ step: "TREATMENT", assigneeId: tech.id, acknowledgedById: tech.id });
    const events = await db().timelineEvent.findMany({ where: { ticketId: id }, orderBy: { id: "asc" } });
    expect(events.slice(-2).map((e) => e.type)).toEqual(["ticket.acknowledged", "ticket.assigned"]);
    expect(events.at(-1)!.data).toMatchObject({ self: true });
    expect(await db().outboxEmail.count({ where: { ticketId: id, kind: "ticket.assigned" } })).toBe(0);
    // Someone's now: another technician cannot take it.
    await expect(takeTicket({ ticketId: id, actor: tech2 })).rejects.toMatchObject({ code: "FORBIDDEN", message: "Someone already treats this ticket: an admin can reassign it." });
  });

  it("is refused when the setting is off, in registration, and to observers", async () => {
    await setSelfAssign(false);
    const id = await classified("Take off");
    await expect(takeTicket({ ticketId: id, actor: tech })).rejects.toMatchObject({ code: "FORBIDDEN", message: "The team lets only admins assign tickets." });
    await setSelfAssign(true);
    const registered = await alertTicket("Take registration");
    await expect(takeTicket({ ticketId: registered.id, actor: tech })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(takeTicket({ ticketId: id, actor: observer })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A technician still cannot assign someone else.
    await expect(transitionTicket({ ticketId: id, actor: tech, request: { transition: "assign", assigneeId: tech2.id } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the list for triage", () => {
  it("shows open tickets by default, newest first; scope=all adds the closed; me_or_none is mine and the unassigned", async () => {
    const tag = `List ${randomUUID().slice(0, 6)}`;
    const a = await alertTicket(`${tag} a`);
    const b = await alertTicket(`${tag} b`);
    const c = await alertTicket(`${tag} c`);
    await db().ticket.update({ where: { id: a.id }, data: { step: "CLOSURE", closedAt: new Date(), openGroupKey: null } });
    await db().ticket.update({ where: { id: b.id }, data: { step: "TREATMENT", assigneeId: tech2.id } });
    const q = (extra: Record<string, string>, actor: Actor = admin) => listTickets({ actor, query: ticketListQuerySchema.parse({ text: tag, ...extra }) });
    expect((await q({})).items.map((t) => t.id)).toEqual([c.id, b.id]);
    expect((await q({})).total).toBe(2);
    expect((await q({ scope: "all" })).items.map((t) => t.id)).toEqual([c.id, b.id, a.id]);
    expect((await q({ step: "CLOSURE" })).items.map((t) => t.id)).toEqual([a.id]);
    expect((await q({ assignee: "me_or_none" }, tech)).items.map((t) => t.id)).toEqual([c.id]);
    expect((await q({ assignee: "me_or_none" }, tech2)).items.map((t) => t.id)).toEqual([c.id, b.id]);
  });

  it("groups by alert name or any label with counts (the whole filter, not a page), and lists one group on demand", async () => {
    const tag = `Group ${randomUUID().slice(0, 6)}`;
    for (const dc of ["dc1", "dc1", "dc2"]) await alertTicket(tag, { datacenter: dc });
    await db().ticket.create({ data: { title: `${tag} by hand`, source: "MANUAL" } });
    const q = (extra: Record<string, string>) => listTickets({ actor: admin, query: ticketListQuerySchema.parse({ text: tag, pageSize: "1", ...extra }) });
    const grouped = await q({ group: "datacenter" });
    expect(grouped.groups).toEqual([{ value: "dc1", count: 2 }, { value: "dc2", count: 1 }, { value: "", count: 1 }]);
    expect(grouped.items).toEqual([]);
    const dc1 = await q({ group: "datacenter", groupValue: "dc1", pageSize: "25" });
    expect(dc1.total).toBe(2);
    expect(dc1.items).toHaveLength(2);
    expect((await q({ group: "datacenter", groupValue: "", pageSize: "25" })).items.map((t) => t.source)).toEqual(["MANUAL"]);
    expect((await q({ group: "alertname" })).groups).toHaveLength(4);
    // "Select all in the group": the same ids through the filter.
    expect(await selectedTicketIds({ actor: admin, selection: { filter: `text=${encodeURIComponent(tag)}&group=datacenter&groupValue=dc1` } })).toHaveLength(2);
  });
});

describe("bulk actions: one request, each ticket through its own rules", () => {
  it("classifies what can be classified and says why the rest was refused (POST /api/tickets/bulk)", async () => {
    const registered = await alertTicket("Bulk classify 1");
    const classified = await alertTicket("Bulk classify 2");
    await transitionTicket({ ticketId: classified.id, actor: admin, request: { transition: "classify", impact: 1, urgency: 1, category: "OTHER", affectedServices: [] } });
    const treated = await alertTicket("Bulk classify 3");
    await db().ticket.update({ where: { id: treated.id }, data: { step: "TREATMENT" } });
    const missing = randomUUID();
    const response = await postBulk(
      api("/api/tickets/bulk", { method: "POST", body: JSON.stringify({ ticketIds: [registered.id, classified.id, treated.id, missing], action: "classify", input: { impact: 4, urgency: 4, category: "SERVICE" } }) }),
      {},
    );
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result.done.map((d: { ticketId: string }) => d.ticketId)).toEqual([registered.id, classified.id]);
    expect(result.refused).toEqual([
      { ticketId: treated.id, number: expect.any(Number), code: "CONFLICT", reason: "This transition is not possible at the ticket's current step." },
      { ticketId: missing, number: null, code: "NOT_FOUND", reason: "No such ticket." },
    ]);
    expect(await ticket(registered.id)).toMatchObject({ step: "CLASSIFICATION", priority: 4, category: "SERVICE" });
    expect(await ticket(classified.id)).toMatchObject({ priority: 4 });
  });

  it("mixes outcomes per ticket for a technician: acknowledges, takes only the unassigned, classifies nothing", async () => {
    await setSelfAssign(true);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { id } = await alertTicket(`Bulk tech ${i}`);
      await transitionTicket({ ticketId: id, actor: admin, request: { transition: "classify", impact: 3, urgency: 3, category: "SERVER", affectedServices: [] } });
      ids.push(id);
    }
    await transitionTicket({ ticketId: ids[2]!, actor: admin, request: { transition: "assign", assigneeId: tech2.id } });
    await acknowledgeTicket({ ticketId: ids[1]!, actor: admin });

    const ack = await bulkAct({ actor: tech, ticketIds: ids, action: "acknowledge", input: {} });
    expect(ack.done.map((d) => d.ticketId)).toEqual([ids[0], ids[2]]);
    expect(ack.refused).toEqual([{ ticketId: ids[1], number: expect.any(Number), code: "CONFLICT", reason: `Already acknowledged by ${admin.name}.`, sentence: "Already acknowledged by {name}.", values: { name: admin.name } }]);

    const take = await bulkAct({ actor: tech, ticketIds: ids, action: "assign", input: { assigneeId: tech.id } });
    expect(take.done.map((d) => d.ticketId)).toEqual([ids[0], ids[1]]);
    expect(take.refused).toMatchObject([{ ticketId: ids[2], code: "FORBIDDEN", reason: "Someone already treats this ticket: an admin can reassign it." }]);

    const registered = await alertTicket("Bulk tech registered");
    const classify = await bulkAct({ actor: tech, ticketIds: [...ids, registered.id], action: "classify", input: { impact: 5, urgency: 5, category: "SERVER", affectedServices: [] } });
    expect(classify.done).toEqual([]);
    expect(classify.refused.map((r) => r.reason)).toEqual([...ids.map(() => "This transition is not possible at the ticket's current step."), "Only an admin can do this."]);
    await expect(bulkAct({ actor: observer, ticketIds: ids, action: "acknowledge", input: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("links a risk to every selected ticket, through the filter ('select all matching')", async () => {
    const tag = `Bulk risk ${randomUUID().slice(0, 6)}`;
    const a = await alertTicket(tag);
    const b = await alertTicket(tag);
    const ids = await selectedTicketIds({ actor: admin, selection: { filter: `text=${encodeURIComponent(tag)}` } });
    expect(new Set(ids)).toEqual(new Set([a.id, b.id]));
    const result = await bulkAct({ actor: tech, ticketIds: ids, action: "linkRisk", input: { code: "R2" } });
    expect(result.done).toHaveLength(2);
    expect((await ticket(a.id)).riskCodes).toContain("R2");
    await expect(bulkAct({ actor: admin, ticketIds: ids, action: "linkRisk", input: { code: "R999" } })).resolves.toMatchObject({ done: [], refused: [{ code: "INVALID_INPUT" }, { code: "INVALID_INPUT" }] });
  });

  it("refuses more than 500 tickets, and a filter matching more", async () => {
    await expect(bulkAct({ actor: admin, ticketIds: Array.from({ length: 501 }, () => randomUUID()), action: "acknowledge", input: {} })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const response = await postBulk(api("/api/tickets/bulk", { method: "POST", body: JSON.stringify({ ticketIds: [], action: "acknowledge" }) }), {});
    expect(response.status).toBe(400);
  });
});

describe("merge and close as duplicate", () => {
  it("merges: the others' alerts move, their timeline is shown on the target, they close as merged with a link", async () => {
    const target = await alertTicket("Merge target", { severity: "critical" });
    const m1 = await alertTicket("Merge one");
    const m2 = await alertTicket("Merge two");
    await db().ticket.update({ where: { id: m2.id }, data: { riskCodes: ["R3"] } });
    const targetNumber = (await ticket(target.id)).number;
    const result = await bulkAct({ actor: admin, ticketIds: [target.id, m1.id, m2.id], action: "merge", input: { target: `#${targetNumber}` } });
    expect(result).toMatchObject({ target: { id: target.id, number: targetNumber }, refused: [] });
    expect(result.done.map((d) => d.ticketId)).toEqual([m1.id, m2.id]);

    expect(await db().alert.count({ where: { ticketId: target.id } })).toBe(3);
    expect(await db().alert.count({ where: { ticketId: { in: [m1.id, m2.id] } } })).toBe(0);
    for (const id of [m1.id, m2.id]) {
      expect(await ticket(id)).toMatchObject({ step: "CLOSURE", closureReason: "MERGED", duplicateOfId: target.id, openGroupKey: null, signal: "NONE", closingNote: `Merged into #${targetNumber}.` });
    }
    const shown = await getTicket({ actor: observer, ticketId: target.id });
    expect(shown.riskCodes).toContain("R3");
    expect(shown.merged.map((t) => t.id)).toEqual([m1.id, m2.id]);
    expect(shown.alerts).toHaveLength(3);
    const fromM1 = shown.events.filter((e) => e.ticketId === m1.id);
    expect(fromM1.map((e) => e.type)).toEqual(expect.arrayContaining(["ticket.registered", "alert.firing", "ticket.merged_into"]));
    expect(fromM1.every((e) => e.fromTicket === (shown.merged[0]!.number))).toBe(true);
    expect(shown.events.filter((e) => e.type === "ticket.merged" && e.ticketId === target.id).map((e) => (e.data as { alertsMoved: number }).alertsMoved)).toEqual([1, 1]);
    // The merged ticket points to its target.
    expect((await getTicket({ actor: observer, ticketId: m1.id })).duplicateOf).toMatchObject({ id: target.id, number: targetNumber });

    // A merged group firing again joins the target instead of opening a recurrence.
    const again = await postWebhook(webhookRequest(m1.group.payload([m1.group.alert({ instance: "db2:9187", annotations: { summary: "again" } })]), { token: alertmanagerToken }));
    expect((await again.json()).ticketId).toBe(target.id);
    expect(await db().alert.count({ where: { ticketId: target.id } })).toBe(4);
  });

  it("refuses a closed target before moving anything", async () => {
    const closed = await db().ticket.create({ data: { title: "closed target", source: "MANUAL", step: "CLOSURE" } });
    const m = await alertTicket("Merge into closed");
    await expect(bulkAct({ actor: admin, ticketIds: [m.id], action: "merge", input: { target: closed.id } })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db().alert.count({ where: { ticketId: m.id } })).toBe(1);
  });

  it("closes as duplicate with a link, alerts staying; technicians are refused; reopening makes it its own again", async () => {
    const original = await alertTicket("Dup original");
    const dup = await alertTicket("Dup copy");
    const self = await alertTicket("Dup self");
    const originalNumber = (await ticket(original.id)).number;
    const result = await bulkAct({ actor: admin, ticketIds: [dup.id, self.id, original.id], action: "closeAsDuplicate", input: { duplicateOf: String(originalNumber) } });
    expect(result.done.map((d) => d.ticketId)).toEqual([dup.id, self.id]);
    expect(result.refused).toMatchObject([{ ticketId: original.id, code: "INVALID_INPUT", reason: "A ticket cannot be a duplicate of itself." }]);
    expect(await ticket(dup.id)).toMatchObject({ step: "CLOSURE", closureReason: "DUPLICATE", duplicateOfId: original.id });
    expect(await db().alert.count({ where: { ticketId: dup.id } })).toBe(1);
    expect((await getTicket({ actor: admin, ticketId: original.id })).duplicates.map((t) => t.id)).toEqual([dup.id, self.id]);

    const t = await alertTicket("Dup by tech");
    expect((await bulkAct({ actor: tech, ticketIds: [t.id], action: "closeAsDuplicate", input: { duplicateOf: original.id } })).refused).toMatchObject([{ code: "FORBIDDEN" }]);

    await transitionTicket({ ticketId: dup.id, actor: admin, request: { transition: "reopen", reason: "Not the same after all." } });
    expect(await ticket(dup.id)).toMatchObject({ step: "TREATMENT", closureReason: null, duplicateOfId: null });
  });
});

describe("a bulk action on 100 tickets", () => {
  it("is one request; prints its time", async () => {
    const tag = `Storm ${randomUUID().slice(0, 6)}`;
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) ids.push((await alertTicket(`${tag} ${i}`)).id);
    for (const [action, input] of [["acknowledge", {}], ["classify", { impact: 3, urgency: 4, category: "SERVER" }], ["assign", { assigneeId: tech.id }]] as const) {
      const started = performance.now();
      const response = await postBulk(api("/api/tickets/bulk", { method: "POST", body: JSON.stringify({ ticketIds: ids, action, input }), token: action === "acknowledge" ? adminToken : undefined }), {});
      const ms = performance.now() - started;
      const result = await response.json();
      if (action === "acknowledge") {
        // An API token cannot say "I'm on it": every ticket says so, in the same one answer.
        expect(result.refused).toHaveLength(100);
        const byPerson = performance.now();
        const direct = await bulkAct({ actor: admin, ticketIds: ids, action: "acknowledge", input: {} });
        expect(direct.done).toHaveLength(100);
        console.log(`bulk acknowledge of 100 tickets: 1 call, ${(performance.now() - byPerson).toFixed(0)} ms (${direct.durationMs} ms in bulkAct)`);
        continue;
      }
      expect(result.done).toHaveLength(100);
      console.log(`bulk ${action} of 100 tickets: 1 request, ${ms.toFixed(0)} ms (${(ms / 100).toFixed(1)} ms a ticket)`);
    }
    expect(await db().ticket.count({ where: { id: { in: ids }, step: "TREATMENT", assigneeId: tech.id, acknowledgedById: admin.id } })).toBe(100);
  }, 120_000);
});
