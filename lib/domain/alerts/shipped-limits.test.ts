import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseEnv } from "@/lib/env";
import { hostDownAlert, rawPayload } from "@/test/fixtures/alerts";
import { MAX_ALERTS_PER_DELIVERY } from "./payload";

// The shipped alertmanager.yml and Vigie's limits must agree: a delivery Alertmanager sends must never get a 4xx.
type AmConfig = { receivers: { name: string; webhook_configs?: { url: string; max_alerts?: number }[] }[] };
const config = parse(fs.readFileSync(path.join(import.meta.dirname, "../../../docker/alertmanager/alertmanager.yml"), "utf8")) as AmConfig;
const webhooks = config.receivers.flatMap((r) => (r.webhook_configs ?? []).map((w) => ({ receiver: r.name, ...w })));

describe("the shipped Alertmanager configuration fits Vigie's limits", () => {
  it.each(webhooks.map((w) => [w.receiver, w] as const))("%s: max_alerts is set and Vigie applies that many per delivery", (_name, webhook) => {
    expect(webhook.max_alerts).toBeGreaterThan(0); // 0 is "no limit": a storm's body would have no bound
    expect(webhook.max_alerts).toBeLessThanOrEqual(MAX_ALERTS_PER_DELIVERY);
  });

  it("its largest delivery, with realistic labels, fits the default WEBHOOK_MAX_BYTES with room for longer annotations", () => {
    const largest = Math.max(...webhooks.map((w) => w.max_alerts ?? 0));
    const body = JSON.stringify(rawPayload(Array.from({ length: largest }, (_, i) => hostDownAlert(i))));
    const limit = parseEnv({}).WEBHOOK_MAX_BYTES;
    expect(Buffer.byteLength(body) * 2).toBeLessThan(limit);
  });
});
