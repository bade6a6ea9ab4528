import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// Property-based fuzz of the webhook against the real PostgreSQL: deliveries shaped like Alertmanager's, with the
// text, dates, numbers and shapes that broke it (and random ones). With the database up: never a 5xx; a 4xx writes
// nothing but its rejection count; a 200 stores the delivery and every alert it could.
const RUNS = 150;
const heartbeatName = `Watchdog_${randomUUID().slice(0, 8)}`;

const nasty = fc.constantFrom("\u0000", "\ud800", "\udfff", "a\u0000b", "constructor", "__proto__", "toString", "", "é€😀", "\\u0000", '"', "\\");
const text = fc.oneof(nasty, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }));
const labelSet = fc.dictionary(fc.oneof(text, fc.constantFrom("severity", "instance", "job", "category", "risk")), text, { maxKeys: 6 });
// Mostly what Alertmanager sends; now and then what it can also send (out of range), rarely what it cannot.
const time = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 2, arbitrary: fc.constantFrom("0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "+010000-01-01T00:00:00Z", "-000001-01-01T00:00:00Z", "99999", "9999-12-31T23:59:59.999Z") },
  { weight: 2, arbitrary: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constant("yesterday") },
);
const alert = (run: string) =>
  fc.record({
    status: fc.oneof({ weight: 30, arbitrary: fc.constantFrom("firing", "resolved") }, { weight: 1, arbitrary: fc.constant("pending") }),
    labels: fc.tuple(labelSet, fc.constantFrom("Fuzz", heartbeatName)).map(([labels, alertname]) => ({ ...labels, alertname })),
    annotations: labelSet,
    startsAt: time,
    endsAt: fc.oneof(fc.constant("0001-01-01T00:00:00Z"), time),
    generatorURL: text,
    fingerprint: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), nasty).map((f) => `${run}${f}`),
  });
const body = (run: string) =>
  fc.record(
    {
      version: fc.oneof({ weight: 20, arbitrary: fc.constant("4") }, { weight: 1, arbitrary: fc.constantFrom("3", 4) }),
      groupKey: fc.oneof(text.map((t) => `{}:{run="${run}",x="${t}"}`), fc.constant(`{}:{run="${run}"}${"k".repeat(5_000)}`)),
      truncatedAlerts: fc.oneof({ weight: 10, arbitrary: fc.nat() }, { weight: 3, arbitrary: fc.constantFrom(2_147_483_648, 1e20) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5) }),
      status: fc.constantFrom("firing", "resolved"),
      receiver: text,
      groupLabels: labelSet,
      commonLabels: labelSet,
      commonAnnotations: labelSet,
      externalURL: text,
      alerts: fc.array(alert(run), { maxLength: 4 }),
      newField: fc.jsonValue({ maxDepth: 4 }),
    },
    { requiredKeys: ["version", "groupKey", "status", "alerts", "truncatedAlerts"] },
  );
// A few bodies that are not JSON at all, or absurdly deep.
const rawBody = (run: string) =>
  fc.oneof(
    { weight: 20, arbitrary: body(run).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: 30, max: 5_000 }).map((d) => JSON.stringify({ ...JSON.parse('{"version":"4"}'), run }).replace(/}$/, `,"x":${"[".repeat(d)}${"]".repeat(d)}}`)) },
  );

beforeAll(async () => {
  await createUserRecord(testDb(), { role: "ADMIN" });
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  process.env.HEARTBEAT_MATCHER = `alertname="${heartbeatName}"`;
  resetEnv();
});

const rejectionTotal = async () => (await testDb().webhookRejection.aggregate({ _sum: { count: true } }))._sum.count ?? 0;

it(`never answers 5xx, writes nothing on a 4xx, stores what it could on a 200 (${RUNS} runs)`, async () => {
  const statuses = new Map<number, number>();
  const runId = fc.uuid().map((u) => u.slice(0, 8));
  await fc.assert(
    fc.asyncProperty(runId.chain((run) => fc.tuple(fc.constant(run), rawBody(run))), async ([run, raw]) => {
      const before = { deliveries: await testDb().webhookDelivery.count(), alerts: await testDb().alert.count(), rejections: await rejectionTotal() };
      const response = await POST(webhookRequest(null, { raw }));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, raw.slice(0, 300)).toBeLessThan(500);

      if (response.status >= 400) {
        expect(await testDb().webhookDelivery.count()).toBe(before.deliveries);
        expect(await testDb().alert.count()).toBe(before.alerts);
        expect(await rejectionTotal()).toBe(before.rejections + 1);
        return;
      }
      expect(response.status).toBe(200);
      expect(await testDb().webhookDelivery.count()).toBe(before.deliveries + 1);
      const parsed = parseWebhookPayload(JSON.parse(raw));
      if (!parsed.ok) throw new Error(`200 for a payload the parser refuses: ${parsed.reason}`);
      // Only dates out of range are set aside; every other alert is stored, as the occurrence it is.
      for (const r of parsed.payload.rejectedAlerts) expect(r.reason).toMatch(/outside the years 0001–9999/);
      for (const a of parsed.payload.alerts) {
        const stored = await testDb().alert.findUnique({ where: { startsAt_fingerprint: { startsAt: a.startsAt!, fingerprint: a.fingerprint } } });
        expect(stored, `alert ${a.fingerprint} of ${run}`).not.toBeNull();
      }
      const delivery = await testDb().webhookDelivery.findFirstOrThrow({ orderBy: { receivedAt: "desc" } });
      expect((delivery.rejectedAlerts as unknown[]).length).toBe(parsed.payload.rejectedAlerts.length);
    }),
    { numRuns: RUNS },
  );
  console.info(`webhook fuzz: ${RUNS} runs, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
});
