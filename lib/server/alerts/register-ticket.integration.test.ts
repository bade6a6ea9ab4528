import { describe, expect, it } from "vitest";
import { poolOf } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/sql";
import { parseWebhookPayload, type WebhookAlert } from "@/lib/domain/alerts/payload";
import { testDb } from "@/test/support/db";
import { uniqueGroup } from "@/test/support/webhook";
import { ingestDelivery } from "./ingest-delivery";
import { insertAlerts } from "./insert-alerts";
import { fitTicket, registerTicket, withdrawTicket } from "./register-ticket";

const options = { startMs: 3_000, timeoutMs: 10_000 };

function alertsOf(group: ReturnType<typeof uniqueGroup>, instances: string[]) {
  const parsed = parseWebhookPayload(group.payload(instances.map((instance) => group.alert({ instance, annotations: { summary: `Down on ${instance}` } }))));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.payload;
}

/** Rows of Alert PostgreSQL updated so far, once the backends' statistics are flushed. */
async function alertUpdates() {
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // backends flush their statistics at most once a second
  await testDb().$executeRaw`SELECT pg_stat_clear_snapshot()`;
  const [row] = await testDb().$queryRaw<{ n: bigint }[]>`SELECT n_tup_upd AS n FROM pg_stat_user_tables WHERE relname = 'Alert'`;
  return Number(row!.n);
}

describe("the ticket a delivery opens", () => {
  it("is registered before its occurrences, which are written once, already given to it", async () => {
    const group = uniqueGroup();
    const payload = alertsOf(group, Array.from({ length: 20 }, (_, i) => `host-${i}:9100`));
    const before = await alertUpdates();
    const { ticketId, decision } = await ingestDelivery({ payload, raw: "{}", db: testDb() });
    expect(decision).toBe("open");
    expect(await testDb().alert.count({ where: { ticketId: ticketId! } })).toBe(20);
    expect(await alertUpdates()).toBe(before);
  });

  it("takes the alerts the claim left it: another group's delivery stored its lead first", async () => {
    const group = uniqueGroup();
    const [lost, kept] = alertsOf(group, ["lost:9100", "kept:9100"]).alerts as [WebhookAlert, WebhookAlert];
    const ticketId = await inTransaction(poolOf(testDb()), async (sql) => {
      const ticket = await registerTicket(sql, { firing: [lost, kept], groupKey: group.groupKey, previousTicketId: null, now: new Date() });
      await fitTicket(sql, ticket, [kept]);
      return ticket.id;
    }, options);
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: ticketId } });
    expect(ticket.title).toBe("Down on kept:9100");
    expect(ticket.leadLabels).toEqual(kept.labels);
  });

  it("is withdrawn, with its notice, when the claim leaves it nothing that fires; its stored occurrences stay unassigned", async () => {
    const group = uniqueGroup();
    const [alert] = alertsOf(group, ["db:9187"]).alerts as [WebhookAlert];
    const now = new Date();
    const ticketId = await inTransaction(poolOf(testDb()), async (sql) => {
      const ticket = await registerTicket(sql, { firing: [alert], groupKey: group.groupKey, previousTicketId: null, now });
      const claimed = await insertAlerts(sql, [{ ...alert, status: "resolved" }], { groupKey: group.groupKey, ticketId: ticket.id, now });
      await withdrawTicket(sql, ticket.id, [...claimed.values()]);
      return ticket.id;
    }, options);
    expect(await testDb().ticket.count({ where: { id: ticketId } })).toBe(0);
    expect(await testDb().incidentNotice.count({ where: { ticketId } })).toBe(0);
    const stored = await testDb().alert.findMany({ where: { fingerprint: alert.fingerprint } });
    expect(stored.map((a) => a.ticketId)).toEqual([null]);
  });
});
