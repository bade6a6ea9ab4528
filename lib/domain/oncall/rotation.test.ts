import { describe, expect, it } from "vitest";
import { memberOfTurn, nextOnCallAfter, onCallAt, turnAt, type Override, type Rotation } from "./rotation";
import { dayNumberOf, instantOf } from "./zoned-time";

const paris = "Europe/Paris";
const iso = (d: number | Date) => new Date(d).toISOString();

describe("instantOf (wall clock → instant)", () => {
  it.each([
    // Last Sunday of March 2026 (29th): 02:00 CET → 03:00 CEST at 01:00 UTC.
    ["2026-03-28", "09:00", paris, "2026-03-28T08:00:00.000Z"],
    ["2026-03-29", "09:00", paris, "2026-03-29T07:00:00.000Z"],
    ["2026-03-29", "01:59", paris, "2026-03-29T00:59:00.000Z"],
    ["2026-03-29", "02:30", paris, "2026-03-29T01:00:00.000Z"], // skipped: the end of the gap
    ["2026-03-29", "03:00", paris, "2026-03-29T01:00:00.000Z"],
    // Last Sunday of October 2026 (25th): 03:00 CEST → 02:00 CET at 01:00 UTC.
    ["2026-10-24", "09:00", paris, "2026-10-24T07:00:00.000Z"],
    ["2026-10-25", "09:00", paris, "2026-10-25T08:00:00.000Z"],
    ["2026-10-25", "02:30", paris, "2026-10-25T00:30:00.000Z"], // twice: the first occurrence
    ["2026-10-25", "03:30", paris, "2026-10-25T02:30:00.000Z"],
    ["2026-03-08", "02:30", "America/New_York", "2026-03-08T07:00:00.000Z"],
    ["2026-07-01", "00:00", "UTC", "2026-07-01T00:00:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, expected) => {
    const [h, m] = time.split(":").map(Number);
    expect(iso(instantOf(dayNumberOf(date), h! * 60 + m!, zone))).toBe(expected);
  });
});

const daily = (memberIds: string[], startDate: string, handOverTime = "09:00"): Rotation => ({ memberIds, handOver: "daily", handOverTime, startDate });
const weekly = (memberIds: string[], startDate: string, handOverTime = "09:00"): Rotation => ({ memberIds, handOver: "weekly", handOverTime, startDate });
const who = (rotation: Rotation, at: string, overrides: Override[] = []) => onCallAt({ rotation, overrides, timeZone: paris }, new Date(at)).userId;

describe("the rotation across DST changes (Europe/Paris)", () => {
  it.each([
    [daily(["a", "b", "c"], "2026-03-27"), "2026-03-27T07:59:00Z", "c"], // before the start: the turns extend backwards
    [daily(["a", "b", "c"], "2026-03-27"), "2026-03-27T08:00:00Z", "a"],
    [daily(["a", "b", "c"], "2026-03-27"), "2026-03-28T08:00:00Z", "b"],
    [daily(["a", "b", "c"], "2026-03-27"), "2026-03-29T06:59:00Z", "b"], // 08:59 CEST
    [daily(["a", "b", "c"], "2026-03-27"), "2026-03-29T07:00:00Z", "c"], // 09:00 CEST
    [weekly(["a", "b"], "2026-03-23"), "2026-03-30T06:59:00Z", "a"],
    [weekly(["a", "b"], "2026-03-23"), "2026-03-30T07:00:00Z", "b"],
    [weekly(["a", "b"], "2026-10-19"), "2026-10-26T07:30:00Z", "a"], // 08:30 CET: not yet 09:00
    [weekly(["a", "b"], "2026-10-19"), "2026-10-26T08:00:00Z", "b"],
    [daily(["a", "b"], "2026-03-28", "02:30"), "2026-03-29T00:59:00Z", "a"], // 01:59 CET
    [daily(["a", "b"], "2026-03-28", "02:30"), "2026-03-29T01:00:00Z", "b"], // 03:00 CEST: 02:30 was skipped
    [daily(["a", "b"], "2026-10-24", "02:30"), "2026-10-25T00:29:00Z", "a"],
    [daily(["a", "b"], "2026-10-24", "02:30"), "2026-10-25T00:30:00Z", "b"], // the first 02:30
    [daily(["a", "b"], "2026-10-24", "02:30"), "2026-10-25T01:30:00Z", "b"], // the second 02:30 hands nothing over
  ])("%j at %s: %s", (rotation, at, expected) => {
    expect(who(rotation, at)).toBe(expected);
  });

  it.each([
    [weekly(["a", "b"], "2026-03-23"), "2026-03-25T12:00:00Z", "2026-03-23T08:00:00.000Z", "2026-03-30T07:00:00.000Z", 167],
    [weekly(["a", "b"], "2026-10-19"), "2026-10-21T12:00:00Z", "2026-10-19T07:00:00.000Z", "2026-10-26T08:00:00.000Z", 169],
    [daily(["a"], "2026-03-01"), "2026-03-29T12:00:00Z", "2026-03-29T07:00:00.000Z", "2026-03-30T07:00:00.000Z", 24],
    [daily(["a"], "2026-03-01"), "2026-03-28T12:00:00Z", "2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z", 23],
    [daily(["a"], "2026-10-01"), "2026-10-24T12:00:00Z", "2026-10-24T07:00:00.000Z", "2026-10-25T08:00:00.000Z", 25],
  ])("the turn of %j around %s runs %s → %s (%i h)", (rotation, at, start, end, hours) => {
    const turn = turnAt(rotation, new Date(at), paris);
    expect([iso(turn.startsAt), iso(turn.endsAt)]).toEqual([start, end]);
    expect((turn.endsAt.getTime() - turn.startsAt.getTime()) / 3_600_000).toBe(hours);
  });
});

describe("overrides and availability", () => {
  const rotation = weekly(["admin1", "admin2"], "2026-11-30");
  const saturday: Override = { id: "o1", userId: "tech1", startsAt: new Date("2026-12-05T00:00:00Z"), endsAt: new Date("2026-12-06T00:00:00Z"), createdAt: new Date("2026-12-01T00:00:00Z") };
  const later: Override = { id: "o2", userId: "admin3", startsAt: new Date("2026-12-05T12:00:00Z"), endsAt: new Date("2026-12-05T14:00:00Z"), createdAt: new Date("2026-12-02T00:00:00Z") };

  it.each([
    ["2026-12-04T23:59:00Z", "admin1"],
    ["2026-12-05T00:00:00Z", "tech1"],
    ["2026-12-05T13:00:00Z", "admin3"], // the later created override wins
    ["2026-12-05T14:00:00Z", "tech1"],
    ["2026-12-06T00:00:00Z", "admin1"],
    ["2026-12-07T08:00:00Z", "admin2"],
  ])("at %s: %s", (at, expected) => {
    expect(who(rotation, at, [saturday, later])).toBe(expected);
  });

  it("says until when, and who comes next", () => {
    const context = { rotation, overrides: [saturday], timeZone: paris };
    expect(onCallAt(context, new Date("2026-12-03T10:00:00Z"))).toEqual({ userId: "admin1", by: "rotation", until: new Date("2026-12-05T00:00:00Z") });
    expect(nextOnCallAfter(context, new Date("2026-12-03T10:00:00Z"))).toMatchObject({ userId: "tech1", by: "override", from: new Date("2026-12-05T00:00:00Z") });
    // After tech1's override, admin1 again: the next different person after admin1 is admin2, on Monday.
    expect(nextOnCallAfter(context, new Date("2026-12-06T10:00:00Z"))).toMatchObject({ userId: "admin2", from: new Date("2026-12-07T08:00:00Z") });
  });

  it("passes an unavailable member's turn to the next one, and says nobody without anyone", () => {
    expect(memberOfTurn(rotation, 1, (id) => id !== "admin2")).toBe("admin1");
    expect(memberOfTurn(rotation, 0, () => false)).toBeNull();
    expect(onCallAt({ rotation: null, overrides: [], timeZone: paris }, new Date())).toEqual({ userId: null, by: "nobody", until: null });
    expect(who(daily([], "2026-01-01"), "2026-12-01T00:00:00Z")).toBeNull();
  });
});
