import { describe, expect, it } from "vitest";
import { occurrenceKey } from "@/lib/domain/alerts/occurrences";
import type { AmAlert, AmGroup } from "@/lib/domain/alerts/reconcile";
import { testDb } from "@/test/support/db";
import { storedKeys } from "./reconcile-alertmanager";

const base = Math.floor(Date.now() / 60_000) * 60_000; // once: each call must give the same instant
const at = (minutesAgo: number) => new Date(base - minutesAgo * 60_000);
const amAlert = (fingerprint: string, startsAt: Date): AmAlert => ({
  fingerprint, startsAt, state: "active", labels: { alertname: "Flapping", instance: fingerprint }, annotations: {}, generatorURL: "",
});

describe("the stored occurrences reconciliation compares with Alertmanager's", () => {
  it("are those Alertmanager lists, found by (fingerprint, startsAt), not their fingerprints' whole history", async () => {
    const id = crypto.randomUUID().slice(0, 8);
    const flapping = `flap-${id}`;
    // A flapping alert: 200 past occurrences, and the one firing now; another alert never stored.
    const history = Array.from({ length: 200 }, (_, i) => at(600 - i));
    await testDb().alert.createMany({
      data: [...history, at(5)].map((startsAt, i) => ({
        fingerprint: flapping, startsAt, endsAt: i < history.length ? new Date(startsAt.getTime() + 30_000) : null,
        status: i < history.length ? "RESOLVED" : "FIRING", alertname: "Flapping", groupKey: `{}:{id="${id}"}`, labels: {}, annotations: {},
      })),
    });
    const groups: AmGroup[] = [{ groupKey: `{}:{id="${id}"}`, receiver: "vigie", labels: {}, alerts: [amAlert(flapping, at(5)), amAlert(`new-${id}`, at(1)), amAlert(flapping, at(5))] }];
    expect(await storedKeys(testDb(), groups)).toEqual(new Set([occurrenceKey(flapping, at(5))]));
    expect(await storedKeys(testDb(), [])).toEqual(new Set());
  });
});
