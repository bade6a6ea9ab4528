import { describe, expect, it } from "vitest";
import { digestEmail, escalationEmail } from "./templates";

const base = "https://vigie.example";

describe("the digest and escalation emails", () => {
  it("a digest lists each section's tickets with their links, under one subject", () => {
    const email = digestEmail(base, {
      summary: "2 new incidents",
      sections: [{ heading: "2 new incidents", items: [{ id: "t1", number: 11, title: "Disk full", priority: 4 }, { id: "t2", number: 12, title: "CPU high", priority: 3 }] }],
    });
    expect(email.subject).toBe("[Vigie] Digest: 2 new incidents");
    expect(email.text.split("\n")).toEqual(expect.arrayContaining([
      "2 new incidents:",
      "  #11 (priority 4) Disk full https://vigie.example/tickets/t1",
      "  #12 (priority 3) CPU high https://vigie.example/tickets/t2",
      "All open tickets: https://vigie.example/tickets",
    ]));
  });

  it("an escalation says who is reached and how to stop it", () => {
    const email = escalationEmail(base, { id: "t1", number: 7, title: "PostgreSQL is down", priority: 5 }, { level: "The next person on call", round: 1, minutesOpen: 10 });
    expect(email.subject).toBe("[Vigie #7] Nobody acknowledged: PostgreSQL is down");
    expect(email.text).toContain("open for 10 min and acknowledged by nobody yet");
    expect(email.text).toContain("You are notified as: The next person on call (round 1).");
    expect(email.text).toContain("https://vigie.example/tickets/t1");
  });
});
