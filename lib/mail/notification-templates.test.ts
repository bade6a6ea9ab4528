import { describe, expect, it } from "vitest";
import { digestEmail, escalationEmail } from "./templates";

const base = "https://vigie.example";
const line = (id: string, number: number, priority = 3) => ({ id, number, title: `T${number}`, priority });

describe("the digest and escalation emails", () => {
  it("a digest lists each section's tickets with their links, under one subject", () => {
    const email = digestEmail(base, [{ event: "ticket.registered", items: [{ id: "t1", number: 11, title: "Disk full", priority: 4 }, { id: "t2", number: 12, title: "CPU high", priority: 3 }] }]);
    expect(email.subject).toBe("[Vigie] Digest: 2 new incidents");
    expect(email.text.split("\n")).toEqual(expect.arrayContaining([
      "2 new incidents:",
      "  #11 (priority 4) Disk full https://vigie.example/tickets/t1",
      "  #12 (priority 3) CPU high https://vigie.example/tickets/t2",
      "All open tickets: https://vigie.example/tickets",
    ]));
  });

  it.each([
    [[{ event: "ticket.registered", items: [line("a", 1)] }, { event: "ticket.assigned", items: [line("b", 2)] }], "1 new incident, 1 incident assigned to you"],
    [[{ event: "ticket.validation_requested", items: [line("a", 1)] }, { event: "validation.refused", items: [line("b", 2)] }, { event: "ticket.closed", items: [line("c", 3)] }], "1 validation requested, 1 solution refused, 1 incident closed"],
    [[{ event: "escalation.notified", items: [line("a", 1)] }, { event: "ticket.registered", items: [line("b", 2)] }], "1 escalation: nobody acknowledged it, 1 new incident"],
    [[{ event: "escalation.notified", items: [line("a", 1), line("b", 2)] }], "2 escalations: nobody acknowledged them"],
  ] as const)("a digest's subject sums up its sections: %#", (sections, summary) => {
    expect(digestEmail(base, sections.map((s) => ({ ...s, items: [...s.items] }))).subject).toBe(`[Vigie] Digest: ${summary}`);
  });

  it("a digest in French, plurals included", () => {
    const email = digestEmail(base, [{ event: "escalation.notified", items: [line("a", 1, 5)] }, { event: "ticket.registered", items: [line("b", 2), line("c", 3)] }]).render("fr");
    expect(email.subject).toBe("[Vigie] Récapitulatif : 1 escalade : personne ne l’a pris en charge, 2 nouveaux incidents");
    expect(email.text).toContain("  #2 (priorité 3) T2 https://vigie.example/tickets/b");
    expect(email.text).toContain("Tous les tickets ouverts : https://vigie.example/tickets");
  });

  it("an escalation says who is reached and how to stop it", () => {
    const email = escalationEmail(base, { id: "t1", number: 7, title: "PostgreSQL is down", priority: 5 }, { level: 2, round: 1, minutesOpen: 10 });
    expect(email.subject).toBe("[Vigie #7] Nobody acknowledged: PostgreSQL is down");
    expect(email.text).toContain("open for 10 min and acknowledged by nobody yet");
    expect(email.text).toContain("You are notified as: The next person on call (round 1).");
    expect(email.text).toContain("https://vigie.example/tickets/t1");
    const fr = email.render("fr");
    expect(fr.subject).toBe("[Vigie #7] Non pris en charge : PostgreSQL is down");
    expect(fr.text).toContain("Vous êtes prévenu en tant que : La personne d’astreinte suivante (tour 1).");
  });
});
