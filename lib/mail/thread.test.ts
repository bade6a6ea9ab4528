import { describe, expect, it } from "vitest";
import { messageDomain, nextAttemptDelayMs, threadHeaders } from "./thread";

describe("threadHeaders", () => {
  it("makes the first email of a ticket the thread's root", () => {
    expect(threadHeaders({ ticketId: "t1", domain: "vigie.example", emailId: "e1", isFirst: true })).toEqual({
      messageId: "<ticket-t1@vigie.example>",
      inReplyTo: null,
      references: [],
    });
  });

  it("makes later emails replies to the root", () => {
    expect(threadHeaders({ ticketId: "t1", domain: "vigie.example", emailId: "e2", isFirst: false })).toEqual({
      messageId: "<e2@vigie.example>",
      inReplyTo: "<ticket-t1@vigie.example>",
      references: ["<ticket-t1@vigie.example>"],
    });
  });

  it("gives an email without a ticket its own id", () => {
    expect(threadHeaders({ ticketId: null, domain: "d", emailId: "e3", isFirst: true }).messageId).toBe("<e3@d>");
  });

  it("takes the domain from the public URL", () => {
    expect(messageDomain("https://vigie.example.org:8443/x")).toBe("vigie.example.org");
    expect(messageDomain("nonsense")).toBe("vigie.local");
  });
});

describe("nextAttemptDelayMs", () => {
  it.each([
    [1, 30_000], [2, 60_000], [3, 120_000], [6, 960_000], [7, 1_800_000], [50, 1_800_000],
  ])("after %i attempts waits %i ms", (attempts, delay) => {
    expect(nextAttemptDelayMs(attempts)).toBe(delay);
  });
});
