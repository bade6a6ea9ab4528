import { describe, expect, it } from "vitest";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { decideGroup, signalOf } from "./routing";

describe("decideGroup", () => {
  it.each([
    ["no ticket, firing", null, false, true, { kind: "open", linkTo: "none" }],
    ["no ticket, a closed one before, firing", null, true, true, { kind: "open", linkTo: "closed" }],
    ["no ticket, only resolved", null, true, false, { kind: "ignore" }],
  ] as const)("%s", (_name, ticket, closed, firing, expected) => {
    expect(decideGroup(ticket, closed, firing)).toEqual(expected);
  });

  const expectations: Record<Exclude<Step, "CLOSURE">, [string, string]> = {
    REGISTRATION: ["join", "join"],
    CLASSIFICATION: ["join", "join"],
    TREATMENT: ["join", "join"],
    SOLUTION: ["reopen", "join"],
    VALIDATION: ["reopen", "join"],
    REMEDIATION: ["reopen", "join"],
  };
  it.each(steps.filter((s) => s !== "CLOSURE"))("open ticket at %s: new firing / no new firing", (step) => {
    const [withFiring, without] = expectations[step as Exclude<Step, "CLOSURE">];
    expect(decideGroup({ step }, false, true).kind).toBe(withFiring);
    expect(decideGroup({ step }, false, false).kind).toBe(without);
  });
});

describe("signalOf", () => {
  const now = new Date("2026-11-26T12:00:00Z");
  it.each([
    ["no alerts", [], "NONE"],
    ["one firing", [{ endsAt: null }], "FIRING"],
    ["all ended", [{ endsAt: new Date("2026-11-26T11:00:00Z") }], "RESOLVED"],
    ["one of two ended", [{ endsAt: new Date("2026-11-26T11:00:00Z") }, { endsAt: null }], "FIRING"],
  ] as const)("%s → %s", (_name, alerts, signal) => {
    expect(signalOf([...alerts], now)).toBe(signal);
  });
});
