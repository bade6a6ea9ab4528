import { describe, expect, it } from "vitest";
import { eventLabel } from "@/lib/domain/timeline";
import { eventDetail } from "./timeline";

describe("an escalation on the timeline", () => {
  it.each([
    [{ level: 1, round: 1, notified: [{ id: "u1", name: "Thomas Petit" }] }, "level 1, round 1: Thomas Petit"],
    [{ level: 3, round: 2, notified: [{ id: "a1", name: "Alice Martin" }, { id: "a2", name: "Bruno Lefèvre" }] }, "level 3, round 2: Alice Martin, Bruno Lefèvre"],
  ])("%j reads %s", (data, detail) => {
    expect({ label: eventLabel("escalation.notified"), detail: eventDetail("escalation.notified", data) }).toEqual({ label: "Escalation: notified because nobody acknowledged", detail });
  });
});
