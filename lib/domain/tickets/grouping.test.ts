import { describe, expect, it } from "vitest";
import { groupTickets, groupValue, labelNamePattern, NO_VALUE } from "./grouping";

const t = (labels: unknown) => ({ leadLabels: labels });

describe("groupValue", () => {
  it.each([
    ["a label", { alertname: "HostDown" }, "alertname", "HostDown"],
    ["a missing label", { alertname: "HostDown" }, "instance", NO_VALUE],
    ["no labels (a ticket reported by hand)", {}, "alertname", NO_VALUE],
    ["not an object", null, "alertname", NO_VALUE],
    ["an array", ["alertname"], "0", NO_VALUE],
    ["a non-string value", { alertname: 3 }, "alertname", NO_VALUE],
  ])("%s", (_name, labels, label, expected) => {
    expect(groupValue(labels, label)).toBe(expected);
  });
});

describe("groupTickets", () => {
  it("counts per value, largest first, ties by value, the group without the label last", () => {
    const tickets = [
      t({ alertname: "HostDown", instance: "web-2" }),
      t({ alertname: "PostgresDown" }),
      t({}),
      t({ alertname: "HostDown", instance: "web-10" }),
      t({ alertname: "DiskFull" }),
      t({ alertname: "HostDown", instance: "web-1" }),
    ];
    expect(groupTickets(tickets, "alertname")).toEqual([
      { value: "HostDown", count: 3 },
      { value: "DiskFull", count: 1 },
      { value: "PostgresDown", count: 1 },
      { value: NO_VALUE, count: 1 },
    ]);
    expect(groupTickets(tickets, "instance").map((g) => g.value)).toEqual(["web-1", "web-2", "web-10", NO_VALUE]);
  });

  it("is empty for no tickets", () => {
    expect(groupTickets([], "alertname")).toEqual([]);
  });

  it.each([["alertname", true], ["__name__", true], ["team_1", true], ["1abc", false], ["a-b", false], ["", false], ["label:x", false]])("label name %s valid: %s", (name, ok) => {
    expect(labelNamePattern.test(name)).toBe(ok);
  });
});
