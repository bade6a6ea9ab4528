import { describe, expect, it } from "vitest";
import { eventLabel } from "@/lib/domain/timeline";
import { eventDetail, eventName } from "./timeline-detail";
import { englishWords } from "@/test/support/timeline-words";

describe("an escalation on the timeline", () => {
  it.each([
    [{ level: 1, round: 1, notified: [{ id: "u1", name: "Thomas Petit" }] }, "level 1, round 1: Thomas Petit"],
    [{ level: 3, round: 2, notified: [{ id: "a1", name: "Alice Martin" }, { id: "a2", name: "Bruno Lefèvre" }] }, "level 3, round 2: Alice Martin, Bruno Lefèvre"],
  ])("%j reads %s", (data, detail) => {
    expect({ label: eventName("escalation.notified", englishWords.t, eventLabel), detail: eventDetail("escalation.notified", data, englishWords) }).toEqual({ label: "Escalation: notified because nobody acknowledged", detail });
  });
});
