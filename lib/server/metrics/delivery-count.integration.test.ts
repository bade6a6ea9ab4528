import { expect, it } from "vitest";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { testDb } from "@/test/support/db";
import { uniqueGroup } from "@/test/support/webhook";
import { compactDeliveryCounts } from "./delivery-count";
import { renderMetrics } from "./prometheus";

// The accepted-deliveries counter at scale: a scrape counted WebhookDelivery, a table of years (a Watchdog
// delivery a minute): 430 ms at 550,000 rows. (What it counts: deliveries-counted.integration.test.ts.)
const accepted = async () => Number(/^vigie_webhook_deliveries_accepted_total (\d+)$/m.exec((await renderMetrics()).body)![1]);

/** How often PostgreSQL read WebhookDelivery (sequential and index scans), once its statistics are flushed. */
async function scansOfDeliveries() {
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // backends flush their statistics at most once a second
  await testDb().$executeRaw`SELECT pg_stat_clear_snapshot()`;
  const [row] = await testDb().$queryRaw<{ n: bigint }[]>`
    SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'WebhookDelivery'`;
  return Number(row!.n);
}

it("counts each stored delivery once, folded or not, and a scrape reads none of the deliveries", async () => {
  const before = await accepted();
  const group = uniqueGroup();
  for (const instance of ["a:1", "b:1"]) {
    const parsed = parseWebhookPayload(group.payload([group.alert({ instance })]));
    if (!parsed.ok) throw new Error(parsed.reason);
    await ingestDelivery({ payload: parsed.payload, raw: "{}" });
  }
  expect(await accepted()).toBe(before + 2);
  await compactDeliveryCounts();
  expect(await testDb().webhookDeliveryCount.count()).toBe(1);
  expect(await accepted()).toBe(before + 2);

  const scans = await scansOfDeliveries();
  await accepted();
  expect(await scansOfDeliveries()).toBe(scans);
});
