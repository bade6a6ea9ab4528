import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { testDb } from "@/test/support/db";
import { compactStepCounts, countByStepAndPriority } from "./count-by-step";

// vigie_tickets{step, priority} comes from the triggers' rows, never a count of the table: they must follow
// every way a ticket's step or priority changes, and agree with the table whether folded or not.
const db = () => testDb();
const fromTable = async () =>
  (await db().ticket.groupBy({ by: ["step", "priority"], _count: { _all: true } }))
    .map((r) => ({ step: r.step, priority: r.priority, count: r._count._all }))
    .sort((a, b) => a.step.localeCompare(b.step) || a.priority - b.priority);
const fromCounts = async () => (await countByStepAndPriority()).sort((a, b) => a.step.localeCompare(b.step) || a.priority - b.priority);

it("counts tickets per step and priority through creation, reprioritisation, a step change and deletion, folded or not", async () => {
  const tag = randomUUID().slice(0, 8);
  await db().ticket.createMany({ data: Array.from({ length: 12 }, (_, i) => ({ title: `${tag} ${i}`, source: "MANUAL" as const, priority: 1 + (i % 3) })) });
  expect(await fromCounts()).toEqual(await fromTable());

  const mine = await db().ticket.findMany({ where: { title: { startsWith: tag } }, select: { id: true }, orderBy: { title: "asc" } });
  await db().ticket.updateMany({ where: { id: { in: mine.slice(0, 4).map((t) => t.id) } }, data: { priority: 6 } });
  await db().ticket.updateMany({ where: { id: { in: mine.slice(2, 7).map((t) => t.id) } }, data: { step: "TREATMENT" } });
  await db().ticket.update({ where: { id: mine[8]!.id }, data: { step: "CLOSURE", priority: 5, closedAt: new Date() } });
  expect(await fromCounts()).toEqual(await fromTable());

  await compactStepCounts();
  expect(await fromCounts()).toEqual(await fromTable());
  await db().ticket.deleteMany({ where: { id: { in: mine.slice(9).map((t) => t.id) } } });
  expect(await fromCounts()).toEqual(await fromTable());
  expect((await fromCounts()).every((r) => r.count > 0)).toBe(true); // a pair with no ticket left is not reported
});
