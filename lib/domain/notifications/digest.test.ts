import { describe, expect, it } from "vitest";
import { digestContents, isDigestDue, modesOf, placeNotification, type DigestItem, type DigestState } from "./digest";

const t = (s: number) => new Date(Date.UTC(2026, 11, 1, 3, 0, 0) + s * 1000);
const WINDOW = 120_000;
const state = (lastSentAt: number | null, digestDueAt: number | null): DigestState => ({ lastSentAt: lastSentAt === null ? null : t(lastSentAt), digestDueAt: digestDueAt === null ? null : t(digestDueAt) });

describe("placing a notification", () => {
  it.each([
    ["ticket.registered", "immediate", state(null, null), 0, { action: "send" }],
    ["ticket.registered", "immediate", state(0, null), 1, { action: "queue", dueAt: t(120) }], // within the window of the last one
    ["ticket.registered", "immediate", state(0, null), 119, { action: "queue", dueAt: t(120) }],
    ["ticket.registered", "immediate", state(0, null), 120, { action: "send" }], // a whole quiet window
    ["ticket.registered", "immediate", state(0, 120), 125, { action: "queue", dueAt: t(120) }], // a digest is waiting (overdue): join it
    ["ticket.registered", "immediate", state(120, null), 200, { action: "queue", dueAt: t(240) }], // after a digest, the next window
    ["escalation.notified", "immediate", state(0, null), 30, { action: "queue", dueAt: t(120) }], // escalations storm too
    ["ticket.assigned", "immediate", state(0, 120), 30, { action: "send" }], // not a storm event: at once
    ["ticket.registered", "digest", state(null, null), 10, { action: "queue", dueAt: t(130) }],
    ["ticket.closed", "digest", state(null, 130), 50, { action: "queue", dueAt: t(130) }],
    ["ticket.registered", "off", state(null, null), 0, { action: "drop" }],
    ["validation.refused", "off", state(0, 120), 10, { action: "drop" }],
  ] as const)("%s, %s, with %j at +%is → %j", (event, mode, s, at, expected) => {
    expect(placeNotification(event, mode, s, t(at), WINDOW)).toEqual(expected);
  });

  it("gives a 50-ticket storm one email at once and one digest per window", () => {
    let s: DigestState = { lastSentAt: null, digestDueAt: null };
    const sent: string[] = [];
    // A ticket every 3 s for 150 s; the digest job runs every 5 s.
    for (let second = 0; second <= 400; second++) {
      if (second % 3 === 0 && second < 150) {
        const placement = placeNotification("ticket.registered", "immediate", s, t(second), WINDOW);
        if (placement.action === "send") { sent.push(`at once +${second}`); s = { ...s, lastSentAt: t(second) }; }
        if (placement.action === "queue") s = { ...s, digestDueAt: placement.dueAt };
      }
      if (second % 5 === 0 && isDigestDue(s, t(second))) { sent.push(`digest +${second}`); s = { lastSentAt: t(second), digestDueAt: null }; }
    }
    expect(sent).toEqual(["at once +0", "digest +120", "digest +240"]);
  });
});

describe("the digest's contents", () => {
  const item = (event: DigestItem["event"], ticketNumber: number, at: number): DigestItem => ({ event, ticketNumber, title: `T${ticketNumber}`, priority: 3, at: t(at) });

  it.each([
    [[item("ticket.registered", 2, 1), item("ticket.registered", 1, 0)], ["ticket.registered"], [[1, 2]]],
    [[item("ticket.assigned", 5, 0), item("ticket.registered", 4, 3)], ["ticket.registered", "ticket.assigned"], [[4], [5]]],
    [[item("ticket.closed", 9, 0), item("validation.refused", 8, 0), item("ticket.validation_requested", 7, 0)], ["ticket.validation_requested", "validation.refused", "ticket.closed"], [[7], [8], [9]]],
    [[item("ticket.registered", 3, 0), item("escalation.notified", 1, 5)], ["escalation.notified", "ticket.registered"], [[1], [3]]],
    [[], [], []],
  ] as const)("%#: %j", (items, events, numbers) => {
    const contents = digestContents([...items]);
    expect(contents.sections.map((s) => s.event)).toEqual(events);
    expect(contents.sections.map((s) => s.items.map((i) => i.ticketNumber))).toEqual(numbers);
  });
});

describe("stored preferences", () => {
  it.each([
    [null, "immediate", "immediate"],
    [{ "ticket.registered": "digest" }, "digest", "immediate"],
    [{ "ticket.registered": "loud", "ticket.closed": "off" }, "immediate", "off"],
  ])("%j → new incident %s, closed %s", (stored, registered, closed) => {
    const modes = modesOf(stored);
    expect([modes["ticket.registered"], modes["ticket.closed"]]).toEqual([registered, closed]);
  });
});
