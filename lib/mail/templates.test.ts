import { describe, expect, it } from "vitest";
import { alertmanagerUnreachableEmail, heartbeatStoppedEmail, newIncidentEmail, validationRequestedEmail } from "./templates";

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

describe("every email in the recipient's language", () => {
  it("keeps the ticket's number first in the subject, and the times as they are, in French", () => {
    const email = heartbeatStoppedEmail("https://vigie.example", ticket, { endedAt: null, receivedAt: new Date("2026-12-01T10:00:05Z") }).render("fr");
    expect(email.subject).toBe("[Vigie #42] Chaîne d’alerte arrêtée : No Watchdog heartbeat");
    expect(email.text).toContain("Fin du Watchdog : inconnue");
    expect(email.text).toContain("Avis reçu : 2026-12-01T10:00:05.000Z");
    expect(email.text).toContain(`Incident : https://vigie.example/tickets/${ticket.id}`);
  });

  it("names the source and the quorum policy in the language of the email", () => {
    const registered = newIncidentEmail("https://vigie.example", { ...ticket, priority: 4, source: "ALERT" });
    expect(registered.text).toContain("A new incident was registered (alert), priority 4.");
    expect(registered.render("fr").text).toContain("Un nouvel incident a été enregistré (alerte), priorité 4.");
    const asked = validationRequestedEmail("https://vigie.example", ticket, { solver: "Alice Martin", solution: "Restarted", policy: "MAJORITY" });
    expect(asked.text).toContain("Alice Martin considers the incident solved and asks the admins to validate (a majority of the active admins).");
    expect(asked.render("fr").text).toContain("Alice Martin considère l’incident comme résolu et demande aux administrateurs de valider (une majorité des administrateurs actifs).");
  });
});
