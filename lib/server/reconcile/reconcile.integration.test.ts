import http from "node:http";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBinaries } from "@/docker/testing/native";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { resetEnv } from "@/lib/env";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { activeAdminAddresses, languagesOf, newIncidentNotices } from "@/test/support/notices";
import { startAlertmanager } from "@/test/support/monitoring-stack";
import { freePort, waitFor } from "@/scripts/lib/net";
import { RECONCILIATION } from "./changes";
import { fetchAlertmanager } from "./fetch-alertmanager";
import { reconcileAlertmanager } from "./reconcile-alertmanager";
import { reconcileGroup } from "./reconcile-group";
import { UNREACHABLE_GROUP_KEY } from "./watch-reachability";

// Against a REAL Alertmanager 0.25 (Debian's prometheus-alertmanager). Its webhook posts to a catcher that
// answers 200 and forwards nothing: what it catches is what Vigie would have received, or lost.
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
const MIN = 60_000;
const caught: { groupKey: string; receiver: string; alerts: { fingerprint: string; status: string }[] }[] = [];
const bodies: unknown[] = [];
let am: Awaited<ReturnType<typeof startAlertmanager>> | undefined;
let catcher: http.Server | undefined;
const config = (urls: string[], over: Record<string, number> = {}) => ({ urls, receiver: "vigie.*", intervalMs: MIN, graceMs: 5 * MIN, unreachableAfterMs: 10 * MIN, ...over });

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  delete process.env.SMTP_URL;
  resetEnv();
  const port = await freePort();
  catcher = http.createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => (bodies.push(JSON.parse(text)), caught.push(JSON.parse(text)), res.end("ok")));
  });
  await new Promise<void>((r) => catcher!.listen(port, "127.0.0.1", () => r()));
  const hook = [{ url: `http://127.0.0.1:${port}/api/alertmanager`, send_resolved: true }];
  try {
    am = await startAlertmanager({
      route: {
        receiver: "vigie", group_by: ["alertname", "job"], group_wait: "1s", group_interval: "1s", repeat_interval: "1h",
        // As an operator adds: critical alerts also to a second receiver, and still to the default one.
        routes: [{ receiver: "vigie-critical", matchers: ['severity="critical"'], continue: true }],
      },
      receivers: [{ name: "vigie", webhook_configs: hook }, { name: "vigie-critical", webhook_configs: hook }],
    });
  } catch (error) {
    // Missing binary: each test skips (or fails under CI) through requireBinaries.
    if (process.env.CI === "true") throw error;
  }
});

afterAll(async () => {
  await am?.stop();
  await new Promise<void>((r) => (catcher ? catcher.close(() => r()) : r()));
});

const group = () => {
  const alertname = `Recon_${randomUUID().slice(0, 8)}`;
  return { alertname, alert: (instance: string, extra: Record<string, string> = {}) => ({ labels: { alertname, job: "node", instance, ...extra }, annotations: { summary: `${alertname} on ${instance}` } }) };
};
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const caughtFor = (alertname: string) => caught.filter((c) => c.groupKey.includes(`alertname="${alertname}"`));
/** Gives Vigie a delivery the catcher caught, as the webhook route would. */
async function deliver(body: unknown) {
  const parsed = parseWebhookPayload(body);
  if (!parsed.ok) throw new Error(parsed.reason);
  return ingestDelivery({ payload: parsed.payload, raw: JSON.stringify(body), db: testDb() });
}

describe("reconciliation with a real Alertmanager", () => {
  it("computes the same groupKeys as Alertmanager's real deliveries, continue routes included", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    const g = group();
    await am!.push([g.alert("a:1", { severity: "critical" }), g.alert("b:1")]);
    await waitFor("two deliveries", async () => new Set(caughtFor(g.alertname).map((c) => c.groupKey)).size === 2, 15_000);
    const snapshot = await fetchAlertmanager(am!.url, "vigie.*");
    if (!snapshot.ok) throw new Error(snapshot.error);
    const computed = snapshot.groups.filter((x) => x.labels.alertname === g.alertname).map((x) => x.groupKey).sort();
    expect(computed).toEqual([...new Set(caughtFor(g.alertname).map((c) => c.groupKey))].sort());
    expect(computed).toContain(`{}/{severity="critical"}:{alertname="${g.alertname}", job="node"}`);
  });

  it("repairs a resolved notice that never reached Vigie, after the grace", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    const g = group();
    await am!.push([g.alert("a:1")]);
    await waitFor("the firing delivery", async () => caughtFor(g.alertname).length > 0, 15_000);
    const { ticketId } = await deliver(bodies[caught.indexOf(caughtFor(g.alertname)[0]!)]);
    const now = new Date();
    expect(await reconcileAlertmanager({ db: testDb(), now, config: config([am!.url]) })).toMatchObject({ ran: true, reachable: true });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: ticketId! } })).signal).toBe("FIRING");

    // Prometheus says it ended; Alertmanager's resolved notice reaches the catcher, never Vigie.
    await am!.push([{ ...g.alert("a:1"), endsAt: ago(1_000) }]);
    await waitFor("the resolved notice, swallowed", async () => caughtFor(g.alertname).some((c) => c.alerts[0]!.status === "resolved"), 15_000);
    await reconcileAlertmanager({ db: testDb(), now: new Date(now.getTime() + MIN), config: config([am!.url]) });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: ticketId! } })).signal).toBe("FIRING"); // within the grace
    const run = await reconcileAlertmanager({ db: testDb(), now: new Date(now.getTime() + 7 * MIN), config: config([am!.url]) });
    expect(run.resolved).toBeGreaterThanOrEqual(1);
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: ticketId! }, include: { alerts: true, events: { orderBy: { id: "asc" } } } });
    expect(ticket.signal).toBe("RESOLVED");
    expect(ticket.alerts[0]!.status).toBe("RESOLVED");
    const resolvedEvent = ticket.events.find((e) => e.type === "alert.reconciled")!;
    expect(resolvedEvent).toMatchObject({ actorKind: "SYSTEM", actorName: RECONCILIATION, data: expect.objectContaining({ count: 1 }) });
    expect(ticket.events.filter((e) => e.type === "alert.resolved")).toHaveLength(0);
    // The signal cleared because reconciliation resolved the alert: the timeline names it, not Alertmanager.
    expect(ticket.events.at(-1)).toMatchObject({ type: "signal.cleared", actorKind: "SYSTEM", actorName: RECONCILIATION });
  });

  it("ingests an alert Vigie never received into its group's ticket, and opens a ticket for a group it never saw", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    const g = group();
    await am!.push([g.alert("a:1")]);
    await waitFor("the first delivery", async () => caughtFor(g.alertname).length > 0, 15_000);
    const first = await deliver(bodies[caught.indexOf(caughtFor(g.alertname)[0]!)]);
    // A second alert of the same group, and a whole group, whose deliveries are lost; both started 10 min ago.
    const lost = group();
    await am!.push([{ ...g.alert("b:1"), startsAt: ago(10 * MIN) }, { ...lost.alert("z:1"), startsAt: ago(10 * MIN) }]);
    await waitFor("Alertmanager holds them", async () => {
      const s = await fetchAlertmanager(am!.url, "vigie.*");
      return s.ok && s.groups.some((x) => x.labels.alertname === lost.alertname) && s.groups.some((x) => x.alerts.length === 2 && x.labels.alertname === g.alertname);
    }, 15_000);

    const run = await reconcileAlertmanager({ db: testDb(), config: config([am!.url]) });
    expect(run.ingested).toBeGreaterThanOrEqual(2);
    const joined = await testDb().ticket.findUniqueOrThrow({ where: { id: first.ticketId! }, include: { alerts: true, events: { orderBy: { id: "asc" } } } });
    expect(joined.alerts.map((a) => (a.labels as Record<string, string>).instance).sort()).toEqual(["a:1", "b:1"]);
    expect(joined.events.filter((e) => e.type === "alert.firing").at(-1)).toMatchObject({ actorName: RECONCILIATION });
    const opened = await testDb().ticket.findMany({ where: { groupKey: { contains: `alertname="${lost.alertname}"` } }, include: { alerts: true, _count: { select: { outboxEmails: true } } } });
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ groupKey: `{}:{alertname="${lost.alertname}", job="node"}`, signal: "FIRING" });
    expect(await newIncidentNotices(opened[0]!.id)).toEqual(await activeAdminAddresses());
    expect((await testDb().webhookDelivery.findFirstOrThrow({ where: { ticketId: opened[0]!.id } })).payload).toMatchObject({ vigieSource: "reconciliation" });

    // Run again: nothing more to ingest, nothing duplicated.
    const again = await reconcileAlertmanager({ db: testDb(), config: config([am!.url]) });
    expect(again.ingested).toBe(0);
  });

  it("fetches what a truncated delivery left out (reconcileGroup), with no grace", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    const g = group();
    await am!.push([g.alert("a:1"), g.alert("b:1"), g.alert("c:1")]);
    await waitFor("the delivery", async () => caughtFor(g.alertname).length > 0, 15_000);
    const body = structuredClone(bodies[caught.indexOf(caughtFor(g.alertname)[0]!)]) as { alerts: unknown[]; truncatedAlerts: number; groupKey: string };
    body.truncatedAlerts = body.alerts.length - 1;
    body.alerts = body.alerts.slice(0, 1);
    const { ticketId } = await deliver(body);
    const counted = async () => (await testDb().reconcileState.findUnique({ where: { id: 1 } }))?.ingestedTotal ?? 0;
    const before = await counted();
    const result = await reconcileGroup(body.groupKey, { db: testDb(), config: config([am!.url]) });
    expect(result.ingested).toHaveLength(2);
    expect(await testDb().alert.count({ where: { ticketId: ticketId! } })).toBe(3);
    // vigie_reconciled_alerts_total{direction="ingested"} reads this counter.
    expect(await counted()).toBe(before + 2);
  });

  it("opens one R1 incident and sends one email per language when no Alertmanager answers for longer than the threshold", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    await testDb().reconcileState.deleteMany();
    const down = `http://127.0.0.1:${await freePort()}`;
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const cfg = config([down, `http://127.0.0.1:${await freePort()}`], { unreachableAfterMs: 2 * MIN });
    for (const ms of [0, MIN]) await reconcileAlertmanager({ db: testDb(), now: at(ms), config: cfg });
    expect(await testDb().ticket.count({ where: { openGroupKey: UNREACHABLE_GROUP_KEY } })).toBe(0);
    await Promise.all([1, 2, 3].map(() => reconcileAlertmanager({ db: testDb(), now: at(2 * MIN + 1_000), config: cfg })));
    await reconcileAlertmanager({ db: testDb(), now: at(5 * MIN), config: cfg });
    const [ticket, ...more] = await testDb().ticket.findMany({ where: { openGroupKey: UNREACHABLE_GROUP_KEY }, include: { outboxEmails: true } });
    expect(more).toHaveLength(0);
    expect(ticket).toMatchObject({ riskCodes: ["R1"], signal: "FIRING", source: "HEARTBEAT" });
    // One email to the admins per language they read (another file may leave an admin who reads French: "expected
    // [ 'alertmanager.unreachable', …(1) ] to deeply equal [ 'alertmanager.unreachable' ]"), the default language's the root.
    expect(ticket!.outboxEmails).toHaveLength((await languagesOf(ticket!.outboxEmails.flatMap((e) => e.to))).size);
    for (const email of ticket!.outboxEmails) expect(email.kind).toBe("alertmanager.unreachable");
    const root = ticket!.outboxEmails.find((e) => e.messageId === `<ticket-${ticket!.id}@localhost>`);
    expect(root).toMatchObject({ kind: "alertmanager.unreachable", subject: expect.stringContaining("Alertmanager unreachable") });
    expect(root!.to.length).toBeGreaterThanOrEqual(1);
    const events = () => testDb().timelineEvent.findMany({ where: { ticketId: ticket!.id }, orderBy: { id: "asc" } });
    expect((await events()).map((e) => e.type)).toEqual(["ticket.registered", "alertmanager.unreachable"]);
    const last = await testDb().reconciliationRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(last).toMatchObject({ error: "no Alertmanager answered", reachable: [expect.objectContaining({ url: down, ok: false }), expect.objectContaining({ ok: false })] });

    // One answers again: the incident's signal clears; a person closes it.
    await reconcileAlertmanager({ db: testDb(), now: at(6 * MIN), config: config([down, am!.url]) });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: ticket!.id } })).signal).toBe("RESOLVED");
    expect((await events()).map((e) => e.type).slice(-2)).toEqual(["alertmanager.reachable", "signal.cleared"]);
  });
});
