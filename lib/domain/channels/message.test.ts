import { describe, expect, it } from "vitest";
import { webhookBody, type EscalationMessage } from "./message";

const message: EscalationMessage = {
  event: "escalation.notified",
  at: "2026-12-01T03:05:00.000Z",
  tickets: [{ id: "t1", number: 12, title: "PostgreSQL is down", priority: 5, url: "https://vigie.example/tickets/t1", level: 2, round: 1, notified: ["Admin Two"] }],
};

describe("the outgoing webhook's body", () => {
  it.each([
    ["JSON", message],
    ["TEXT", { text: "Vigie escalation\n#12 (priority 5) PostgreSQL is down: nobody acknowledged it; notified Admin Two (level 2, round 1) https://vigie.example/tickets/t1" }],
  ] as const)("%s", (format, expected) => {
    expect(webhookBody(format, message)).toEqual(expected);
  });

  it("counts incidents in the Slack text when there are several", () => {
    const two = { ...message, tickets: [message.tickets[0]!, { ...message.tickets[0]!, number: 13, notified: [] }] };
    expect((webhookBody("TEXT", two) as { text: string }).text.split("\n")).toEqual([
      "Vigie escalation: 2 incidents",
      expect.stringContaining("#12"),
      expect.stringContaining("notified nobody"),
    ]);
  });

  it("is written in the team's language", () => {
    const two = { ...message, tickets: [message.tickets[0]!, { ...message.tickets[0]!, number: 13, notified: [] }] };
    expect((webhookBody("TEXT", two, "fr") as { text: string }).text.split("\n")).toEqual([
      "Escalade Vigie : 2 incidents",
      expect.stringContaining("#12 (priorité"),
      expect.stringContaining("prévenu(s) : personne"),
    ]);
  });
});
