import { describe, expect, it } from "vitest";
import { maintenanceWindowSchema, silenceTicketSchema } from "./silences";

const form = { matchers: ' job="postgres" ', reason: " Upgrade ", startsAt: "2026-12-05T22:00", endsAt: "2026-12-06T01:30" };

describe("maintenanceWindowSchema", () => {
  it.each([
    ["UTC", "0", "2026-12-05T22:00:00.000Z", "2026-12-06T01:30:00.000Z"],
    // Paris in winter: getTimezoneOffset() is -60, 22:00 there is 21:00 UTC.
    ["Paris", "-60", "2026-12-05T21:00:00.000Z", "2026-12-06T00:30:00.000Z"],
    ["New York", "300", "2026-12-06T03:00:00.000Z", "2026-12-06T06:30:00.000Z"],
  ])("reads the person's wall-clock time (%s)", (_, timezoneOffset, start, end) => {
    const parsed = maintenanceWindowSchema.parse({ ...form, timezoneOffset });
    expect(parsed).toEqual({ matchers: 'job="postgres"', reason: "Upgrade", startsAt: new Date(start), endsAt: new Date(end) });
  });

  it.each([
    ["no matchers", { matchers: " " }, "matchers"],
    ["no reason", { reason: "" }, "reason"],
    ["no start", { startsAt: "" }, "startsAt"],
    ["a date without time", { endsAt: "2026-12-06" }, "endsAt"],
  ])("refuses %s", (_, change, field) => {
    const result = maintenanceWindowSchema.safeParse({ ...form, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("silenceTicketSchema", () => {
  it("takes the offered durations only", () => {
    expect(silenceTicketSchema.safeParse({ ticketId: "00000000-0000-4000-8000-000000000000", duration: "2h" }).success).toBe(true);
    expect(silenceTicketSchema.safeParse({ ticketId: "00000000-0000-4000-8000-000000000000", duration: "3h" }).success).toBe(false);
  });
});
