import { describe, expect, it } from "vitest";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { MAX_ALERTS_PER_DELIVERY, parseWebhookPayload } from "./payload";

describe("parseWebhookPayload", () => {
  it("accepts Alertmanager's version 4 payload and unknown fields", () => {
    const result = parseWebhookPayload({ ...rawPayload([rawAlert()]), newField: { from: "a newer Alertmanager" } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload.alerts[0]!.endsAt).toBeNull();
    expect(result.payload.alerts[0]!.startsAt).toEqual(new Date("2026-11-26T10:00:00Z"));
  });

  it("keeps the end of a resolved alert", () => {
    const result = parseWebhookPayload(rawPayload([rawAlert({ status: "resolved", endsAt: "2026-11-26T10:05:00Z" })]));
    expect(result.ok && result.payload.alerts[0]!.endsAt).toEqual(new Date("2026-11-26T10:05:00Z"));
  });

  it.each([
    ["another version", { ...rawPayload([rawAlert()]), version: "3" }, /unsupported payload version "3"/],
    ["no groupKey", { ...rawPayload([rawAlert()]), groupKey: undefined }, /groupKey/],
    ["a bad status", rawPayload([rawAlert({ status: "pending" as never })]), /alerts\.0\.status/],
    ["a bad time", rawPayload([rawAlert({ startsAt: "yesterday" })]), /startsAt must be an RFC 3339 time/],
    ["no fingerprint", rawPayload([rawAlert({ fingerprint: "" })]), /fingerprint/],
    ["not an object", "firing", /invalid payload/],
  ])("refuses %s with a short reason", (_name, body, reason) => {
    const result = parseWebhookPayload(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    ["a NUL in a label", { labels: { instance: "db\u0000:9187" } }, (p: Parsed) => p.alerts[0]!.labels.instance, "db\uFFFD:9187"],
    ["a lone surrogate in an annotation", { annotations: { summary: "down \ud800" } }, (p: Parsed) => p.alerts[0]!.annotations.summary, "down \uFFFD"],
    ["a NUL in a label name", { labels: { "a\u0000": "x" } }, (p: Parsed) => p.alerts[0]!.labels["a\uFFFD"], "x"],
    ["a __proto__ label", { labels: JSON.parse('{"__proto__":"x","alertname":"A"}') }, (p: Parsed) => Object.hasOwn(p.alerts[0]!.labels, "__proto__") && p.alerts[0]!.labels.__proto__, "x"],
  ])("keeps %s in a storable form", (_name, overrides, pick, value) => {
    const result = parseWebhookPayload(rawPayload([rawAlert(overrides as Parameters<typeof rawAlert>[0])]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(pick(result.payload)).toBe(value);
  });

  it("keeps a NUL in the groupKey in a storable form", () => {
    const result = parseWebhookPayload(rawPayload([rawAlert()], { groupKey: "{}:{a=\"\u0000\"}" }));
    expect(result.ok && result.payload.groupKey).toBe('{}:{a="\uFFFD"}');
  });

  it.each([
    ["year 0", { startsAt: "0000-01-01T00:00:00Z" }, /startsAt .* outside the years 0001–9999/],
    ["year 10000", { startsAt: "+010000-01-01T00:00:00Z" }, /startsAt/],
    ["year -1", { startsAt: "-000001-01-01T00:00:00Z" }, /startsAt/],
    ['"99999"', { startsAt: "99999" }, /startsAt/],
    ["an end in year 10000", { status: "resolved" as const, endsAt: "+010000-01-01T00:00:00Z" }, /endsAt/],
  ])("sets aside an alert dated %s and keeps the others", (_name, overrides, reason) => {
    const bad = rawAlert({ ...overrides, fingerprint: "bad" });
    const result = parseWebhookPayload(rawPayload([rawAlert({ fingerprint: "good" }), bad]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload.alerts.map((a) => a.fingerprint)).toEqual(["good"]);
    expect(result.payload.rejectedAlerts).toEqual([{ index: 1, fingerprint: "bad", reason: expect.stringMatching(reason) }]);
  });

  it.each([
    [2_147_483_648, 2_147_483_647],
    [1e20, 2_147_483_647],
    [7, 7],
  ])("bounds truncatedAlerts %d to %d", (truncatedAlerts, stored) => {
    const result = parseWebhookPayload(rawPayload([rawAlert()], { truncatedAlerts }));
    expect(result.ok && result.payload.truncatedAlerts).toBe(stored);
  });

  it("applies at most MAX_ALERTS_PER_DELIVERY alerts and counts the rest as truncated, never refusing the delivery", () => {
    const alerts = Array.from({ length: MAX_ALERTS_PER_DELIVERY + 5 }, (_, i) => rawAlert({ fingerprint: `f${i}` }));
    const result = parseWebhookPayload(rawPayload(alerts, { truncatedAlerts: 3 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload.alerts).toHaveLength(MAX_ALERTS_PER_DELIVERY);
    expect(result.payload.truncatedAlerts).toBe(8);
  });
});

type Parsed = Extract<ReturnType<typeof parseWebhookPayload>, { ok: true }>["payload"];

