import { describe, expect, it } from "vitest";
import { eventLabel, shownType } from "@/lib/domain/timeline";
import { formatDateTime } from "@/lib/format";
import { eventDetail } from "./timeline";

// How the R1 watches' events read on a ticket, today's rows and the rows written before they had their own types.
const shown = (type: string, data: Record<string, unknown>) => {
  const t = shownType(type, data);
  return { label: eventLabel(t), detail: eventDetail(t, data) };
};
const T1 = "2026-12-01T10:00:00.000Z";
const T2 = "2026-12-01T10:05:00.000Z";

describe("R1 events on the timeline", () => {
  it("a resolved Watchdog reads as Prometheus stopping, with when it ended and the last beat", () => {
    const now = shown("heartbeat.stopped", { endedAt: T2, lastSeenAt: T1, receivedAt: T2 });
    expect(now).toEqual({ label: "Watchdog resolved: Prometheus stopped evaluating rules", detail: `Watchdog ended ${formatDateTime(T2)}, last beat ${formatDateTime(T1)}` });
    // Written before heartbeat.stopped existed: heartbeat.late with cause watchdog_resolved.
    expect(shown("heartbeat.late", { cause: "watchdog_resolved", endedAt: T2, lastSeenAt: T1 })).toEqual(now);
    expect(shown("heartbeat.stopped", { endedAt: null, lastSeenAt: null }).detail).toBe("Watchdog ended unknown, last beat never received");
  });

  it("an overdue heartbeat still reads as late, old rows (cause overdue) too", () => {
    expect(shown("heartbeat.late", { lastSeenAt: T1 })).toEqual({ label: "Heartbeat late: the alerting pipeline may be down", detail: `last seen ${formatDateTime(T1)}` });
    expect(shown("heartbeat.late", { cause: "overdue", lastSeenAt: null }).detail).toBe("never received");
  });

  it("Alertmanager unreachable and reachable again, old rows included", () => {
    const data = { since: T1, urls: [{ url: "http://am1:9093", error: "ECONNREFUSED" }, { url: "http://am2:9093" }] };
    const unreachable = shown("alertmanager.unreachable", data);
    expect(unreachable).toEqual({ label: "Alertmanager unreachable: alerts may not reach anyone", detail: `no answer since ${formatDateTime(T1)} from http://am1:9093, http://am2:9093` });
    expect(shown("heartbeat.late", { cause: "alertmanager_unreachable", ...data })).toEqual(unreachable);
    const reachable = shown("alertmanager.reachable", { since: T1, at: T2 });
    expect(reachable).toEqual({ label: "Alertmanager reachable again", detail: `unreachable since ${formatDateTime(T1)}` });
    expect(shown("signal.cleared", { cause: "alertmanager_reachable", since: T1 })).toEqual(reachable);
  });

  it("an alert resolved by reconciliation names its alerts, old rows (alert.resolved via reconciliation) too", () => {
    const data = { count: 1, alerts: [{ alertname: "HostDown", instance: "db:9100" }] };
    const reconciled = shown("alert.reconciled", data);
    expect(reconciled).toEqual({ label: "Alert resolved by reconciliation: Alertmanager no longer holds it", detail: "HostDown on db:9100" });
    expect(shown("alert.resolved", { ...data, via: "reconciliation" })).toEqual(reconciled);
    expect(shown("alert.resolved", data).label).toBe("Alert resolved");
  });

  it("a heartbeat back says since when it was late", () => {
    expect(shown("heartbeat.restored", { lateSince: T1, restoredAt: T2 }).detail).toBe(`late since ${formatDateTime(T1)}`);
  });
});
