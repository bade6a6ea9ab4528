import { describe, expect, it } from "vitest";
import { parseWebhookPayload } from "./payload";
import { planIngestion, webhookBodyFor } from "./reconcile";
import { toAmGroups, type ApiGroup } from "./reconcile-groups";
import { buildRoutes, groupKeyFor } from "./reconcile-routes";
import { storedGroupKey } from "./safe-text";

// Reconciliation's groupKeys must be the ones ingestion stored: a real delivery's key goes through
// storedGroupKey (over 1 KiB: prefix + sha256; NUL: U+FFFD), so the computed key must too.
const root = buildRoutes({
  receiver: "vigie",
  group_by: ["alertname", "job"],
  // A matcher holding a NUL: route keys print matcher values as they are, so the NUL reaches the groupKey.
  routes: [{ receiver: "vigie-nul", matchers: ['team="a\u0000b"'] }],
});
const apiGroup = (receiver: string, labels: Record<string, string>, extra: Record<string, string> = {}): ApiGroup => ({
  receiver: { name: receiver },
  labels,
  alerts: [{ fingerprint: "f1", startsAt: "2026-12-01T10:00:00Z", labels: { ...labels, ...extra }, status: { state: "active" } }],
});
/** What a delivery with this raw groupKey is stored under. */
const delivered = (groupKey: string) => {
  const parsed = parseWebhookPayload({ version: "4", groupKey, status: "firing", alerts: [] });
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.payload.groupKey;
};

describe("toAmGroups gives the groupKey in the form ingestion stores it", () => {
  it("a key over 1 KiB (long group label values) is shortened exactly as a delivery's", () => {
    const labels = { alertname: "HostDown", job: "j".repeat(2_000) };
    const raw = groupKeyFor(root, "vigie", labels, labels)!;
    expect(Buffer.byteLength(raw)).toBeGreaterThan(1_024);
    const [group] = toAmGroups(root, [apiGroup("vigie", labels)]);
    expect(group!.groupKey).toBe(delivered(raw));
    expect(group!.groupKey).not.toBe(raw);
    expect(group!.groupKey).toMatch(/…sha256:[0-9a-f]{64}$/);
  });

  it("a key holding a NUL reads U+FFFD, as a delivery's", () => {
    const labels = { alertname: "DiskFull", job: "node" };
    const raw = groupKeyFor(root, "vigie-nul", labels, { ...labels, team: "a\u0000b" })!;
    expect(raw).toContain("\u0000");
    const [group] = toAmGroups(root, [apiGroup("vigie-nul", labels, { team: "a\u0000b" })]);
    expect(group!.groupKey).toBe(delivered(raw));
    expect(group!.groupKey).toBe(raw.replace("\u0000", "\uFFFD"));
  });

  it("keeps a usual key and an unknown route as they are", () => {
    const labels = { alertname: "TargetDown", job: "postgres" };
    expect(toAmGroups(root, [apiGroup("vigie", labels)])[0]!.groupKey).toBe('{}:{alertname="TargetDown", job="postgres"}');
    expect(toAmGroups(root, [apiGroup("elsewhere", labels)])[0]!.groupKey).toBeNull();
  });

  it("the body reconciliation builds for such a group is stored under the same key (storedGroupKey is idempotent)", () => {
    const labels = { alertname: "HostDown", job: "\u0000".repeat(3) + "k".repeat(1_500) };
    const groups = toAmGroups(root, [apiGroup("vigie", labels)]);
    const plan = planIngestion({ groups, stored: new Set(), now: new Date("2026-12-01T11:00:00Z"), graceMs: 0 });
    const key = plan.groups[0]!.groupKey;
    expect(storedGroupKey(key)).toBe(key);
    expect(delivered(webhookBodyFor(plan.groups[0]!, "").groupKey)).toBe(key);
    expect(key).toBe(delivered(groupKeyFor(root, "vigie", labels, labels)!));
  });
});
