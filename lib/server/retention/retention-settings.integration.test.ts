import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { retentionFormSchema } from "@/lib/validations/settings";
import { getRetention } from "./get-retention";
import { pruneDeliveryBodies } from "./prune-delivery-bodies";
import { updateRetention } from "./update-retention";

// Admin → Team settings, Retention: the two settings, their audit lines, and what the jobs last removed.
const db = () => testDb();
afterAll(async () => {
  await db().setting.deleteMany({ where: { key: { in: ["deliveryBodyDays", "closedTicketDays"] } } });
});

describe("retention settings", () => {
  it("default to 30 days of bodies and closed tickets kept for ever", async () => {
    await db().setting.deleteMany({ where: { key: { in: ["deliveryBodyDays", "closedTicketDays"] } } });
    expect(await getRetention({ actor: await actorWithRole("ADMIN") })).toMatchObject({ deliveryBodyDays: 30, closedTicketDays: null });
  });

  it("are saved by an admin with an audit line each, and set back to 'for ever' with an empty field", async () => {
    const admin = await actorWithRole("ADMIN");
    await updateRetention({ actor: admin, ...retentionFormSchema.parse({ deliveryBodyDays: "14", closedTicketDays: "400" }) });
    expect(await getRetention({ actor: admin })).toMatchObject({ deliveryBodyDays: 14, closedTicketDays: 400 });
    const audit = await db().securityEvent.findMany({ where: { actorId: admin.id, type: "setting.changed" }, orderBy: { at: "asc" } });
    expect(audit.map((e) => [e.subject, e.data])).toEqual([["deliveryBodyDays", { value: 14 }], ["closedTicketDays", { value: 400 }]]);

    await updateRetention({ actor: admin, ...retentionFormSchema.parse({ deliveryBodyDays: "30", closedTicketDays: "" }) });
    expect(await getRetention({ actor: admin })).toMatchObject({ deliveryBodyDays: 30, closedTicketDays: null });
  });

  it("refuse what makes no sense, with a clear message", () => {
    const errors = (input: Record<string, string>) => retentionFormSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(errors({ deliveryBodyDays: "0", closedTicketDays: "" })).toEqual(["deliveryBodyDays: At least one day."]);
    expect(errors({ deliveryBodyDays: "30", closedTicketDays: "30" })).toEqual(["closedTicketDays: At least 90 days."]);
    expect(errors({ deliveryBodyDays: "30", closedTicketDays: "90.5" })?.[0]).toMatch(/^closedTicketDays: /);
  });

  it("show what the body prune last removed, and in total", async () => {
    const before = await getRetention({ actor: await actorWithRole("ADMIN") });
    const at = new Date();
    for (let i = 0; i < 2; i++) {
      await db().webhookDelivery.create({ data: { groupKey: `retention-${randomUUID()}`, status: "firing", receiver: "vigie", alertCount: 1, payload: { x: 1 }, receivedAt: new Date(at.getTime() - 400 * 86_400_000) } });
    }
    const run = await pruneDeliveryBodies({ now: at });
    const after = await getRetention({ actor: await actorWithRole("ADMIN") });
    expect(run.pruned).toBeGreaterThanOrEqual(2);
    expect(after.bodies).toEqual({ at, count: run.pruned, total: (before.bodies?.total ?? 0) + run.pruned });
  });
});
