import { describe, expect, it } from "vitest";
import { eventLabel, shownType } from "@/lib/domain/timeline";
import { eventDetail, eventName } from "./timeline-detail";
import { englishWords, frenchWords } from "@/test/support/timeline-words";

// How the R1 watches' events read on a ticket, today's rows and the rows written before they had their own types.
const shown = (type: string, data: Record<string, unknown>) => {
  const t = shownType(type, data);
  return { label: eventName(t, englishWords.t, eventLabel), detail: eventDetail(t, data, englishWords) };
};
const T1 = "2026-12-01T10:00:00.000Z";
const T2 = "2026-12-01T10:05:00.000Z";

describe("R1 events on the timeline", () => {
  it("a resolved Watchdog reads as Prometheus stopping, with when it ended and the last beat", () => {
    const now = shown("heartbeat.stopped", { endedAt: T2, lastSeenAt: T1, receivedAt: T2 });
    expect(now).toEqual({ label: "Watchdog resolved: Prometheus stopped evaluating rules", detail: `Watchdog ended ${englishWords.when(T2)}, last beat ${englishWords.when(T1)}` });
    // Written before heartbeat.stopped existed: heartbeat.late with cause watchdog_resolved.
    expect(shown("heartbeat.late", { cause: "watchdog_resolved", endedAt: T2, lastSeenAt: T1 })).toEqual(now);
    expect(shown("heartbeat.stopped", { endedAt: null, lastSeenAt: null }).detail).toBe("Watchdog ended unknown, last beat never received");
  });

  it("an overdue heartbeat still reads as late, old rows (cause overdue) too", () => {
    expect(shown("heartbeat.late", { lastSeenAt: T1 })).toEqual({ label: "Heartbeat late: the alerting pipeline may be down", detail: `last seen ${englishWords.when(T1)}` });
    expect(shown("heartbeat.late", { cause: "overdue", lastSeenAt: null }).detail).toBe("never received");
  });

  it("Alertmanager unreachable and reachable again, old rows included", () => {
    const data = { since: T1, urls: [{ url: "http://am1:9093", error: "ECONNREFUSED" }, { url: "http://am2:9093" }] };
    const unreachable = shown("alertmanager.unreachable", data);
    expect(unreachable).toEqual({ label: "Alertmanager unreachable: alerts may not reach anyone", detail: `no answer since ${englishWords.when(T1)} from http://am1:9093, http://am2:9093` });
    expect(shown("heartbeat.late", { cause: "alertmanager_unreachable", ...data })).toEqual(unreachable);
    const reachable = shown("alertmanager.reachable", { since: T1, at: T2 });
    expect(reachable).toEqual({ label: "Alertmanager reachable again", detail: `unreachable since ${englishWords.when(T1)}` });
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
    expect(shown("heartbeat.restored", { lateSince: T1, restoredAt: T2 }).detail).toBe(`late since ${englishWords.when(T1)}`);
  });
});

describe("the timeline in French", () => {
  const fr = (type: string, data: Record<string, unknown>) => ({ label: eventName(type, frenchWords.t, eventLabel), detail: eventDetail(type, data, frenchWords) });
  it.each([
    ["ticket.classified", { priority: 5, category: "SERVICE" }, "Classifié", "Très haute (P5), Service"],
    ["ticket.assigned", { assigneeName: "Thomas Petit", self: true }, "Attribué", "Thomas Petit (l’a pris)"],
    ["ticket.merged", { mergedNumber: 12, alertsMoved: 3 }, "Un autre ticket a été fusionné dans celui-ci", "n° 12, 3 alertes déplacées ici"],
    ["alert.firing", { alerts: [{ alertname: "HostDown", instance: "db:9100" }, { alertname: "DiskFull" }] }, "Alerte déclenchée", "2 alertes : HostDown sur db:9100, DiskFull"],
    ["escalation.notified", { level: 2, round: 1, notified: [{ name: "Bruno Lefèvre" }] }, "Escalade : notification faute de prise en charge", "niveau 2, tour 1 : Bruno Lefèvre"],
    ["heartbeat.late", { lastSeenAt: null }, "Heartbeat en retard : la chaîne d’alerte est peut-être en panne", "jamais reçu"],
  ])("%s reads in French", (type, data, label, detail) => {
    expect(fr(type, data)).toEqual({ label, detail });
  });

  it("an event type the messages do not know yet reads in English rather than as a key", () => {
    expect(eventName("ticket.something_new", frenchWords.t, (type) => `english ${type}`)).toBe("english ticket.something_new");
  });
});
