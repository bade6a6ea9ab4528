import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { missingMessage, requireBinaries } from "@/docker/testing/native";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { activeAdminAddresses, newIncidentNotices } from "@/test/support/notices";
import { startAlertmanager } from "@/test/support/monitoring-stack";
import { TEST_ALERTMANAGER_TOKEN } from "@/test/support/webhook";
import { startWebhookServer } from "@/test/support/webhook-server";
import { freePort, waitFor } from "@/scripts/lib/net";

// An Alertmanager HA pair as shipped for production: two clustered peers (loopback), the same config, both
// given every alert (as Prometheus sends to each) and both posting to Vigie. A short peer timeout lets the
// second peer send before the first one's notification log reaches it: Vigie gets duplicates, concurrently.
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
type Peer = Awaited<ReturnType<typeof startAlertmanager>>;
let peers: Peer[] = [];
let vigie: Awaited<ReturnType<typeof startWebhookServer>> | undefined;

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
  vigie = await startWebhookServer();
  // Missing binary: the test skips (or fails under CI) through requireBinaries.
  if (missingMessage([ALERTMANAGER])) return;
  const config = {
    route: { receiver: "vigie", group_by: ["alertname", "job"], group_wait: "1s", group_interval: "2s", repeat_interval: "1h" },
    receivers: [{ name: "vigie", webhook_configs: [{ url: vigie.url, send_resolved: true, http_config: { authorization: { type: "Bearer", credentials: TEST_ALERTMANAGER_TOKEN } } }] }],
  };
  const [a, b] = [await freePort(), await freePort()];
  peers = await Promise.all([
    startAlertmanager(config, { cluster: { port: a, peers: [b], peerTimeout: "50ms" } }),
    startAlertmanager(config, { cluster: { port: b, peers: [a], peerTimeout: "50ms" } }),
  ]);
  await waitFor("the cluster of two", async () => {
    const status = (await (await fetch(`${peers[0]!.url}/api/v2/status`)).json()) as { cluster: { peers: unknown[] } };
    return status.cluster.peers.length === 2;
  }, 30_000);
});

afterAll(async () => {
  await Promise.all(peers.map((p) => p.stop()));
  await vigie?.close();
});

const GROUPS = 4;

it("gives exactly one ticket and one new-incident email per group, and clears each once", async (ctx) => {
  requireBinaries(ctx, [ALERTMANAGER]);
  const run = randomUUID().slice(0, 8);
  const names = Array.from({ length: GROUPS }, (_, i) => `HaPair_${run}_${i}`);
  // startsAt as Prometheus sends it, the same to both peers (without it each peer would stamp its own arrival time).
  const startsAt = new Date(Date.now() - 1_000).toISOString();
  const alerts = names.flatMap((alertname) => ["a:1", "b:1"].map((instance) => ({ labels: { alertname, job: "node", instance, severity: "high" }, startsAt })));
  await Promise.all(peers.map((p) => p.push(alerts)));
  const mine = () => vigie!.received.filter((r) => names.some((n) => r.body.groupKey?.includes(`alertname="${n}"`)));
  const tickets = () => testDb().ticket.findMany({ where: { title: { contains: `HaPair_${run}_` } }, include: { alerts: true, outboxEmails: true } });

  try {
    await waitFor("each group stored", async () => (await tickets()).filter((t) => t.alerts.length === 2).length === GROUPS, 30_000);
  } catch (error) {
    const rows = await testDb().alert.findMany({ where: { alertname: { in: names } }, select: { alertname: true, ticketId: true, status: true, ticket: { select: { title: true } } } });
    console.error(JSON.stringify(mine().map((r) => [r.status, r.body.externalURL, r.body.groupKey, r.body.alerts?.length])), JSON.stringify(rows));
    throw error;
  }
  // Both peers' first notifications (group_wait) have had time to arrive.
  await new Promise((r) => setTimeout(r, 3_000));
  const firing = await tickets();
  const byPeer = (status: string) => peers.map((p) => mine().filter((r) => r.body.externalURL === p.url && r.body.status === status).length);
  console.log(`HA pair, firing: deliveries per peer ${byPeer("firing").join(" + ")} for ${GROUPS} groups → ${firing.length} tickets, ${firing.reduce((n, t) => n + t.outboxEmails.length, 0)} new-incident emails`);
  expect(mine().every((r) => r.status === 200)).toBe(true);
  // Both peers posted: Vigie, not the cluster's notification log, is what deduplicated.
  expect(byPeer("firing").every((n) => n > 0)).toBe(true);
  expect(firing).toHaveLength(GROUPS);
  expect(new Set(firing.map((t) => t.groupKey)).size).toBe(GROUPS);
  for (const t of firing) {
    expect(await newIncidentNotices(t.id)).toEqual(await activeAdminAddresses());
    expect(t.signal).toBe("FIRING");
  }

  // Prometheus says they ended, to both peers: each ticket's signal clears once, still one ticket per group.
  const ended = new Date(Date.now() - 1_000).toISOString();
  await Promise.all(peers.map((p) => p.push(alerts.map((a) => ({ ...a, endsAt: ended })))));
  await waitFor("every signal cleared", async () => (await tickets()).every((t) => t.signal === "RESOLVED"), 30_000);
  await new Promise((r) => setTimeout(r, 3_000));
  const resolved = await tickets();
  console.log(`HA pair, resolved: deliveries per peer ${byPeer("resolved").join(" + ")} → ${resolved.length} tickets`);
  expect(resolved).toHaveLength(GROUPS);
  for (const t of resolved) {
    expect(t.outboxEmails.filter((e) => e.kind !== "ticket.registered")).toEqual([]); // nothing more for the resolution
    expect(await newIncidentNotices(t.id)).toEqual(await activeAdminAddresses());
    const events = await testDb().timelineEvent.findMany({ where: { ticketId: t.id }, select: { type: true } });
    expect(events.filter((e) => e.type === "ticket.registered")).toHaveLength(1);
    expect(events.filter((e) => e.type === "signal.cleared")).toHaveLength(1);
  }
}, 120_000);
