import { describe, expect, it } from "vitest";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { parseWebhookPayload } from "./payload";

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
});
