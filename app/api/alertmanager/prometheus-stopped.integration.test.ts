import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { missingMessage, requireBinaries } from "@/docker/testing/native";
import { resetEnv } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { languagesOf } from "@/test/support/notices";
import { startMonitoringStack, startScrapeTarget } from "@/test/support/monitoring-stack";
import { TEST_ALERTMANAGER_TOKEN } from "@/test/support/webhook";
import { startWebhookServer } from "@/test/support/webhook-server";
import { freePort, waitFor } from "@/scripts/lib/net";

// End to end with the real Prometheus 2.42 and Alertmanager 0.25, docker/'s rules and routes (short timers):
// Prometheus stops → Alertmanager resolves the Watchdog once its endsAt passes (Prometheus sets it to 4 × the
// 1 s resend delay) and posts the resolved notice → Vigie opens the R1 incident at once, not after HEARTBEAT_PERIOD.
const NEEDS = [{ bin: "prometheus", pkg: "prometheus" }, { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" }];
const name = `Watchdog_${randomUUID().slice(0, 8)}`;
const incidentKey = `vigie:heartbeat:${name}`;
// The Watchdog's resolve time here: endsAt (4 s) + the heartbeat route's group_interval (2 s), plus a loaded machine's slack.
const RESOLVE_BUDGET_MS = 20_000;
let vigie: Awaited<ReturnType<typeof startWebhookServer>> | undefined;
let target: Awaited<ReturnType<typeof startScrapeTarget>> | undefined;
let stack: Awaited<ReturnType<typeof startMonitoringStack>> | undefined;

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  process.env.HEARTBEAT_MATCHER = `alertname="${name}"`;
  // The shipped period: the incident must not wait for it.
  process.env.HEARTBEAT_PERIOD = "48h";
  resetEnv();
  vigie = await startWebhookServer();
  target = await startScrapeTarget();
  // Missing binaries: the test skips (or fails under CI) through requireBinaries.
  if (missingMessage(NEEDS)) return;
  stack = await startMonitoringStack({
    root: path.resolve(import.meta.dirname, "../../.."), webhookUrl: vigie.url, token: TEST_ALERTMANAGER_TOKEN,
    smtpPort: await freePort(), target: target.address, watchdogName: name,
  });
});

afterAll(async () => {
  delete process.env.HEARTBEAT_MATCHER;
  delete process.env.HEARTBEAT_PERIOD;
  resetEnv();
  await stack?.stop();
  await target?.stop();
  await vigie?.close();
});

it("stopping Prometheus opens the R1 incident, with one email per language, within the Watchdog's resolve time", async (ctx) => {
  requireBinaries(ctx, NEEDS);
  const heartbeat = () => testDb().heartbeat.findUnique({ where: { name } });
  try {
    await waitFor("the first Watchdog beat", async () => ((await heartbeat())?.beats ?? 0) > 0, 60_000);
    expect(await testDb().ticket.count({ where: { groupKey: incidentKey } })).toBe(0);

    const stoppedAt = Date.now();
    await stack!.stopPrometheus();
    await waitFor("the R1 incident", async () => (await testDb().ticket.count({ where: { openGroupKey: incidentKey } })) > 0, RESOLVE_BUDGET_MS + 10_000);
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { openGroupKey: incidentKey }, include: { outboxEmails: true, events: { orderBy: { id: "asc" } } } });
    const elapsed = ticket.createdAt.getTime() - stoppedAt;
    const notice = vigie!.received.find((r) => r.body.status === "resolved" && r.body.alerts?.some((a) => a.labels.alertname === name));
    console.log(`Prometheus stopped → resolved Watchdog at Vigie after ${((notice!.at - stoppedAt) / 1000).toFixed(1)} s → R1 incident #${ticket.number} after ${(elapsed / 1000).toFixed(1)} s (HEARTBEAT_PERIOD 48 h)`);
    expect(elapsed).toBeLessThan(RESOLVE_BUDGET_MS);
    expect(notice!.status).toBe(200);
    expect(ticket).toMatchObject({ source: "HEARTBEAT", riskCodes: ["R1"], signal: "FIRING" });
    expect(ticket.events.map((e) => e.type)).toEqual(["ticket.registered", "heartbeat.stopped"]);
    // One email to the admins per language they read (another file may leave an admin who reads French: "expected
    // [ 'heartbeat.stopped', …(1) ] to deeply equal [ 'heartbeat.stopped' ]"), the default language's the thread's root.
    const sent = ticket.outboxEmails.length;
    expect(sent).toBe((await languagesOf(ticket.outboxEmails.flatMap((e) => e.to))).size);
    for (const email of ticket.outboxEmails) expect(email.kind).toBe("heartbeat.stopped");
    const root = ticket.outboxEmails.find((e) => e.messageId === `<ticket-${ticket.id}@localhost>`);
    expect(root).toMatchObject({ kind: "heartbeat.stopped", subject: expect.stringContaining("Alerting pipeline stopped") });
    expect(root!.to.length).toBeGreaterThanOrEqual(1);
    expect((await heartbeat())!.lateSince).not.toBeNull();

    // Alertmanager's later copies of the notice (group_interval repeats) add no incident and no email.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await testDb().ticket.count({ where: { groupKey: incidentKey } })).toBe(1);
    expect(await testDb().outboxEmail.count({ where: { ticketId: ticket.id } })).toBe(sent);
  } catch (error) {
    console.error(stack?.logs().slice(-4000));
    throw error;
  }
}, 120_000);
