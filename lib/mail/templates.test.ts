import { describe, expect, it } from "vitest";
import { alertmanagerUnreachableEmail, heartbeatStoppedEmail } from "./templates";

// The R1 emails Vigie sends directly (not through Alertmanager): what an admin reads at 3 a.m.
const ticket = { id: "5f0c2a52-0000-4000-8000-000000000001", number: 42, title: "No Watchdog heartbeat" };

describe("R1 emails", () => {
  it("a stopped pipeline names both times and links the incident", () => {
    const email = heartbeatStoppedEmail("https://vigie.example", ticket, { endedAt: new Date("2026-12-01T10:00:00Z"), receivedAt: new Date("2026-12-01T10:00:05Z") });
    expect(email.subject).toBe("[Vigie #42] Alerting pipeline stopped: No Watchdog heartbeat");
    expect(email.text).toContain("Watchdog ended:  2026-12-01T10:00:00.000Z");
    expect(email.text).toContain("Notice received: 2026-12-01T10:00:05.000Z");
    expect(email.text).toContain(`Incident: https://vigie.example/tickets/${ticket.id}`);
    expect(heartbeatStoppedEmail("https://vigie.example", ticket, { endedAt: null, receivedAt: new Date() }).text).toContain("Watchdog ended:  unknown");
  });

  it("an unreachable Alertmanager lists each URL with its error", () => {
    const email = alertmanagerUnreachableEmail("https://vigie.example", ticket, {
      since: new Date("2026-12-01T09:50:00Z"),
      urls: [{ url: "http://am1:9093", error: "connect ECONNREFUSED" }, { url: "http://am2:9093" }],
    });
    expect(email.subject).toBe("[Vigie #42] Alertmanager unreachable: No Watchdog heartbeat");
    expect(email.text.split("\n")).toEqual(expect.arrayContaining(["Unreachable since: 2026-12-01T09:50:00.000Z", "http://am1:9093: connect ECONNREFUSED", "http://am2:9093: unreachable"]));
  });
});
