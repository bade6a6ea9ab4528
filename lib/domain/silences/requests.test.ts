import { describe, expect, it } from "vitest";
import type { Matcher } from "./matchers";
import { checkMaintenanceTimes, coveredAlerts, extendedEnd, extensionBody, maintenanceBody, silenceDurations, ticketSilenceBody, type ApiSilence } from "./requests";

const now = new Date("2026-12-01T03:00:00.000Z");
const person = { name: "Ada Admin", email: "ada@vigie.test" };
const matchers: Matcher[] = [{ name: "alertname", type: "=", value: "PostgresDown" }, { name: "job", type: "=", value: "postgres" }];
const H = 3_600_000;

describe("ticketSilenceBody", () => {
  const body = ticketSilenceBody({ ticket: { id: "t-1", number: 42, title: "PostgreSQL is down" }, matchers, person, baseUrl: "https://vigie.example", now, durationMs: silenceDurations["2h"].ms });

  it("silences the group from now for the duration", () => {
    expect(body.startsAt).toBe("2026-12-01T03:00:00.000Z");
    expect(body.endsAt).toBe("2026-12-01T05:00:00.000Z");
  });
  it("carries the group's labels as exact matchers", () =>
    expect(body.matchers).toEqual([
      { name: "alertname", value: "PostgresDown", isRegex: false, isEqual: true },
      { name: "job", value: "postgres", isRegex: false, isEqual: true },
    ]));
  it("names the person and links the ticket", () => {
    expect(body.createdBy).toBe("Ada Admin <ada@vigie.test>");
    expect(body.comment).toBe("Vigie ticket #42: PostgreSQL is down https://vigie.example/tickets/t-1");
  });
  it("has no id: Alertmanager gives one", () => expect(body).not.toHaveProperty("id"));
  it("shortens a long title", () => {
    const long = ticketSilenceBody({ ticket: { id: "t", number: 1, title: "x".repeat(500) }, matchers, person, baseUrl: "u", now, durationMs: H });
    expect(long.comment.length).toBeLessThan(230);
  });
});

describe("maintenanceBody", () => {
  it("is planned ahead with the reason in the comment", () => {
    const body = maintenanceBody({ matchers, reason: "PostgreSQL 16 upgrade", startsAt: new Date("2026-12-05T22:00:00Z"), endsAt: new Date("2026-12-06T01:00:00Z"), person, baseUrl: "https://v" });
    expect(body).toMatchObject({ startsAt: "2026-12-05T22:00:00.000Z", endsAt: "2026-12-06T01:00:00.000Z", createdBy: "Ada Admin <ada@vigie.test>" });
    expect(body.comment).toBe("Maintenance window: PostgreSQL 16 upgrade (planned in Vigie: https://v/plan)");
  });
});

describe("checkMaintenanceTimes", () => {
  const at = (hours: number) => new Date(now.getTime() + hours * H);
  it.each([
    ["tonight, 3 hours", at(19), at(22), null],
    ["already started, still running", at(-1), at(1), null],
    ["end before start", at(5), at(4), /after the start/],
    ["end equal to start", at(5), at(5), /after the start/],
    ["all in the past", at(-5), at(-1), /already past/],
    ["more than a year ahead", at(24 * 366), at(24 * 366 + 1), /a year ahead/],
    ["longer than 14 days", at(1), at(1 + 24 * 15), /14 days/],
  ])("%s", (_, start, end, expected) => {
    const error = checkMaintenanceTimes(start, end, now);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toMatch(expected);
  });
});

describe("extension", () => {
  it.each([
    ["adds to the current end", "2026-12-01T04:00:00Z", 2 * H, "2026-12-01T06:00:00.000Z"],
    ["from now when the end is past", "2026-12-01T02:00:00Z", H, "2026-12-01T04:00:00.000Z"],
  ])("%s", (_, end, ms, expected) => expect(extendedEnd(new Date(end), now, ms).toISOString()).toBe(expected));

  it("keeps id, matchers, startsAt, author and comment so Alertmanager updates in place", () => {
    const current: ApiSilence = {
      id: "s-1", status: { state: "active" }, updatedAt: "x",
      matchers: [{ name: "job", value: "postgres", isRegex: false, isEqual: true }],
      startsAt: "2026-12-01T03:00:00.123Z", endsAt: "2026-12-01T05:00:00.000Z", createdBy: "Ada Admin <ada@vigie.test>", comment: "Vigie ticket #42",
    };
    expect(extensionBody(current, new Date("2026-12-01T07:00:00Z"))).toEqual({
      id: "s-1", matchers: current.matchers, startsAt: "2026-12-01T03:00:00.123Z", endsAt: "2026-12-01T07:00:00.000Z", createdBy: "Ada Admin <ada@vigie.test>", comment: "Vigie ticket #42",
    });
  });
});

describe("coveredAlerts", () => {
  it("counts the alerts every matcher matches", () =>
    expect(coveredAlerts([{ name: "job", type: "=~", value: "postgres|redis" }], [{ job: "postgres" }, { job: "redis" }, { job: "web" }, {}])).toBe(2));
});
