import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("reconciliation's variables", () => {
  it("has the documented defaults and is off without ALERTMANAGER_URL", () => {
    expect(parseEnv({}).ALERTMANAGER_URL).toBeUndefined();
    expect(parseEnv({})).toMatchObject({ ALERTMANAGER_RECEIVER: "vigie.*", RECONCILE_INTERVAL: 60_000, RECONCILE_GRACE: 300_000, ALERTMANAGER_UNREACHABLE_AFTER: 600_000 });
  });

  it.each([
    ["http://am:9093", ["http://am:9093"]],
    ["http://am-1:9093/, http://am-2:9093", ["http://am-1:9093", "http://am-2:9093"]],
  ])("reads %s as one URL or an HA pair", (value, urls) => expect(parseEnv({ ALERTMANAGER_URL: value }).ALERTMANAGER_URL).toEqual(urls));

  it.each([
    [{ ALERTMANAGER_URL: "ftp://am" }, /ALERTMANAGER_URL/],
    [{ ALERTMANAGER_URL: "not a url" }, /ALERTMANAGER_URL/],
    [{ ALERTMANAGER_RECEIVER: "(" }, /ALERTMANAGER_RECEIVER must be a regular expression/],
    [{ RECONCILE_GRACE: "5 minutes" }, /RECONCILE_GRACE/],
  ])("refuses %j", (source, message) => expect(() => parseEnv(source)).toThrow(message));
});
