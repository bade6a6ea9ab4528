import { describe, expect, it } from "vitest";
import { occurrenceKey } from "./occurrences";
import { heldKeys, planIngestion, planResolutions, webhookBodyFor, type AmAlert, type AmGroup } from "./reconcile";

const now = new Date("2026-12-01T12:00:00Z");
const min = (n: number) => new Date(now.getTime() - n * 60_000);
const GRACE = 5 * 60_000;
const occ = (id: string, startsAt = min(60)) => ({ id, fingerprint: `fp-${id}`, startsAt, ticketId: `t-${id}` });
const amAlert = (fp: string, startsAt = min(60), state: AmAlert["state"] = "active"): AmAlert => ({
  fingerprint: fp, startsAt, state, labels: { alertname: "A", instance: fp }, annotations: { summary: "s" }, generatorURL: "",
});

describe("planResolutions", () => {
  it.each([
    ["held: nothing to do", [occurrenceKey("fp-a", min(60))], {}, { resolve: [], startMissing: [], clearMissing: [] }],
    ["missing for the first time: remembered", [], {}, { resolve: [], startMissing: ["a"], clearMissing: [] }],
    ["missing within the grace: waits", [], { a: min(4) }, { resolve: [], startMissing: [], clearMissing: [] }],
    ["missing beyond the grace: resolved", [], { a: min(5) }, { resolve: ["a"], startMissing: [], clearMissing: [] }],
    ["back after missing: forgotten", [occurrenceKey("fp-a", min(60))], { a: min(10) }, { resolve: [], startMissing: [], clearMissing: ["a"] }],
    ["a later occurrence of the same fingerprint does not hold this one", [occurrenceKey("fp-a", min(1))], { a: min(6) }, { resolve: ["a"], startMissing: [], clearMissing: [] }],
    ["remembered but no longer firing in Vigie: forgotten", [occurrenceKey("fp-a", min(60))], { gone: min(10) }, { resolve: [], startMissing: [], clearMissing: ["gone"] }],
  ])("%s", (_, held, missing, expected) => {
    const plan = planResolutions({ held: new Set(held), firing: [occ("a")], missingSince: new Map(Object.entries(missing)), now, graceMs: GRACE });
    expect({ ...plan, resolve: plan.resolve.map((o) => o.id) }).toEqual(expected);
  });
});

const group = (alerts: AmAlert[], groupKey: string | null = '{}:{alertname="A"}'): AmGroup => ({ groupKey, receiver: "vigie", labels: { alertname: "A" }, alerts });

describe("planIngestion", () => {
  it.each([
    ["an active alert Vigie never stored", [group([amAlert("x")])], [], false, ["x"], 0],
    ["already stored", [group([amAlert("x")])], [occurrenceKey("x", min(60))], false, [], 0],
    ["silenced or inhibited: never notified, not ingested", [group([amAlert("x", min(60), "suppressed")])], [], false, [], 0],
    ["unprocessed: its delivery is on its way", [group([amAlert("x", min(60), "unprocessed")])], [], false, [], 0],
    ["younger than the grace: still in group_wait", [group([amAlert("x", min(1))])], [], false, [], 0],
    ["younger than the grace, after a truncated delivery", [group([amAlert("x", min(1))])], [], true, ["x"], 0],
    ["a group whose groupKey is unknown: counted, not guessed", [group([amAlert("x")], null)], [], false, [], 1],
    ["the same group listed twice (HA peers): each alert once", [group([amAlert("x")]), group([amAlert("x"), amAlert("y")])], [], false, ["x", "y"], 0],
  ])("%s", (_, groups, stored, all, expected, unroutable) => {
    const plan = planIngestion({ groups, stored: new Set(stored), now, graceMs: GRACE, all });
    expect(plan.groups.flatMap((g) => g.alerts.map((a) => a.fingerprint))).toEqual(expected);
    expect(plan.unroutable).toBe(unroutable);
  });

  it("leaves out what the caller skips (the heartbeat)", () => {
    const plan = planIngestion({ groups: [group([amAlert("x"), amAlert("w")])], stored: new Set(), now, graceMs: GRACE, skip: (a) => a.fingerprint === "w" });
    expect(plan.groups[0]!.alerts.map((a) => a.fingerprint)).toEqual(["x"]);
  });
});

describe("heldKeys and webhookBodyFor", () => {
  it("holds alerts in every state", () => {
    expect(heldKeys([group([amAlert("x", min(60), "suppressed"), amAlert("y")])]).size).toBe(2);
  });

  it("builds a version 4 body with the group's key, firing alerts and common labels", () => {
    const body = webhookBodyFor({ groupKey: "k", receiver: "vigie", labels: { alertname: "A" }, alerts: [amAlert("x"), amAlert("y")] }, "http://am");
    expect(body).toMatchObject({ version: "4", groupKey: "k", status: "firing", receiver: "vigie", commonLabels: { alertname: "A" }, commonAnnotations: { summary: "s" } });
    expect(body.alerts[0]).toMatchObject({ status: "firing", endsAt: "0001-01-01T00:00:00Z", fingerprint: "x", startsAt: min(60).toISOString() });
  });
});
