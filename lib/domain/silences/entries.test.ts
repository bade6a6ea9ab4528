import { describe, expect, it } from "vitest";
import { silenceEntries } from "./entries";
import type { Matcher } from "./matchers";
import type { ApiSilence } from "./requests";

const now = new Date("2026-12-01T03:00:00Z");
const job: Matcher[] = [{ name: "job", type: "=", value: "postgres" }];
const web: Matcher[] = [{ name: "job", type: "=", value: "web" }];
const alerts = [{ alertname: "PostgresDown", job: "postgres" }];
const am = (id: string, state: ApiSilence["status"]["state"], value: string, endsAt = "2026-12-01T05:00:00.000Z"): ApiSilence => ({
  id, status: { state }, matchers: [{ name: "job", value, isRegex: false, isEqual: true }],
  startsAt: "2026-12-01T03:00:00.000Z", endsAt, createdBy: "Ada <ada@v>", comment: `comment ${id}`,
});
const row = (silenceId: string, matchers = job, endsAt = "2026-12-01T05:00:00Z", expiredAt: Date | null = null) =>
  ({ id: `row-${silenceId}`, silenceId, matchers, startsAt: now, endsAt: new Date(endsAt), expiredAt, createdBy: "Ada" });
const win = (silenceId: string, matchers = job) => ({ silenceId, matchers, reason: "Upgrade", startsAt: new Date("2026-12-01T04:00:00Z"), endsAt: new Date("2026-12-01T06:00:00Z"), createdBy: "Bob" });

describe("silenceEntries, Alertmanager answering", () => {
  it.each([
    ["the ticket's own silence", [am("s1", "active", "postgres")], [row("s1")], [], [["s1", "ticket", "active", "row-s1", 1]]],
    ["its own, even covering no alert now", [am("s1", "active", "web")], [row("s1", web)], [], [["s1", "ticket", "active", "row-s1", 0]]],
    ["a maintenance window covering it, pending", [am("m1", "pending", "postgres")], [], [win("m1")], [["m1", "maintenance", "pending", null, 1]]],
    ["a maintenance window elsewhere is left out", [am("m1", "pending", "web")], [], [win("m1", web)], []],
    ["a silence made in Alertmanager covering it", [am("x", "active", "postgres")], [], [], [["x", "alertmanager", "active", null, 1]]],
    ["expired ones are left out", [am("s1", "expired", "postgres")], [row("s1")], [], []],
  ] as const)("%s", (_, amSilences, rows, windows, expected) => {
    const entries = silenceEntries({ am: [...amSilences], rows: [...rows], windows: [...windows], alerts, now });
    expect(entries.map((e) => [e.silenceId, e.kind, e.state, e.rowId, e.covered])).toEqual(expected);
  });

  it("shows a window's reason and Alertmanager's end", () => {
    const [entry] = silenceEntries({ am: [am("m1", "pending", "postgres", "2026-12-01T07:00:00.000Z")], rows: [], windows: [win("m1")], alerts, now });
    expect(entry).toMatchObject({ comment: "Upgrade", endsAt: "2026-12-01T07:00:00.000Z", matchers: '{job="postgres"}' });
  });
});

describe("silenceEntries, Alertmanager not answering", () => {
  it("shows Vigie's record of running silences and covering windows", () => {
    const entries = silenceEntries({
      am: null,
      rows: [row("s1"), row("old", job, "2026-12-01T02:00:00Z"), row("gone", job, "2026-12-01T05:00:00Z", now)],
      windows: [win("m1"), win("m2", web)],
      alerts, now,
    });
    expect(entries.map((e) => [e.silenceId, e.kind, e.state])).toEqual([["s1", "ticket", "recorded"], ["m1", "maintenance", "recorded"]]);
  });
});
