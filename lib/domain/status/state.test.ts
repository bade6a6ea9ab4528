import { describe, expect, it } from "vitest";
import { automaticImpact, currentStates, ticketAffects, worstOf, type LinkedTicket, type ServiceLinks, type StatedIncident } from "./state";

const vote: ServiceLinks = { id: "vote", name: "Vote", categories: ["SERVICE"], riskCodes: ["R3"], labelMatchers: [[{ name: "job", type: "=", value: "vote-api" }]] };
const signin: ServiceLinks = { id: "signin", name: "Sign-in", categories: [], riskCodes: [], labelMatchers: [[{ name: "job", type: "=~", value: "auth.*" }, { name: "env", type: "=", value: "prod" }]] };

const ticket = (over: Partial<LinkedTicket> = {}): LinkedTicket => ({
  id: "t1", step: "TREATMENT", signal: "FIRING", priority: 3, category: null, riskCodes: [], leadLabels: {}, affectedServices: [], source: "ALERT", verified: true, reportedServiceId: null, ...over,
});

describe("which tickets affect a service", () => {
  it.each([
    ["its category", ticket({ category: "SERVICE" }), vote, true],
    ["another category", ticket({ category: "SERVER" }), vote, false],
    ["one of its risks", ticket({ riskCodes: ["R1", "R3"] }), vote, true],
    ["its lead alert's labels", ticket({ leadLabels: { job: "vote-api", instance: "web-1" } }), vote, true],
    ["labels of another job", ticket({ leadLabels: { job: "results" } }), vote, false],
    ["every matcher of a set", ticket({ leadLabels: { job: "auth-api", env: "prod" } }), signin, true],
    ["only part of a set", ticket({ leadLabels: { job: "auth-api", env: "staging" } }), signin, false],
    ["its name among the services classification named", ticket({ affectedServices: ["results page", " vote "] }), vote, true],
    ["another name", ticket({ affectedServices: ["Voting"] }), vote, false],
    ["the service a visitor named", ticket({ source: "PUBLIC", reportedServiceId: "signin" }), signin, true],
  ])("%s", (_what, t, service, affects) => {
    expect(ticketAffects(service, t)).toBe(affects);
  });

  it("an empty matcher set links nothing (it would match every ticket)", () => {
    expect(ticketAffects({ ...vote, categories: [], riskCodes: [], labelMatchers: [[]] }, ticket())).toBe(false);
  });
});

describe("what an open ticket nobody spoke about says", () => {
  it.each([
    ["P6 (major) in treatment", ticket({ priority: 6 }), "MAJOR_OUTAGE"],
    ["P5 in registration", ticket({ priority: 5, step: "REGISTRATION" }), "PARTIAL_OUTAGE"],
    ["P3", ticket({ priority: 3 }), "DEGRADED"],
    ["closed", ticket({ priority: 6, step: "CLOSURE" }), null],
    ["an unverified public report", ticket({ source: "PUBLIC", verified: false }), null],
    ["a confirmed public report", ticket({ source: "PUBLIC", verified: true }), "DEGRADED"],
    ["solved, alert resolved (validation)", ticket({ step: "VALIDATION", signal: "RESOLVED", priority: 6 }), null],
    ["solved but the alert fires again", ticket({ step: "REMEDIATION", signal: "FIRING", priority: 5 }), "PARTIAL_OUTAGE"],
  ])("%s", (_what, t, impact) => {
    expect(automaticImpact(t)).toBe(impact);
  });
});

describe("a service's current state", () => {
  const services = [vote, signin];
  const states = (tickets: LinkedTicket[], stated: StatedIncident[] = []) => Object.fromEntries(currentStates(services, tickets, stated));

  it("operational with nothing open", () => {
    expect(states([])).toEqual({ vote: "OPERATIONAL", signin: "OPERATIONAL" });
  });

  it("the worst of its open tickets", () => {
    expect(states([ticket({ id: "a", category: "SERVICE", priority: 3 }), ticket({ id: "b", riskCodes: ["R3"], priority: 5 })])).toEqual({ vote: "PARTIAL_OUTAGE", signin: "OPERATIONAL" });
  });

  it("an admin's statement wins over the machine for its ticket, both ways", () => {
    const p6 = ticket({ id: "a", category: "SERVICE", priority: 6 });
    expect(states([p6], [{ ticketId: "a", impact: "DEGRADED", status: "IDENTIFIED", serviceIds: ["vote"] }])).toEqual({ vote: "DEGRADED", signin: "OPERATIONAL" });
    // The statement names services the ticket's links do not reach.
    expect(states([p6], [{ ticketId: "a", impact: "MAJOR_OUTAGE", status: "INVESTIGATING", serviceIds: ["signin"] }])).toEqual({ vote: "OPERATIONAL", signin: "MAJOR_OUTAGE" });
  });

  it("a resolved statement ends its ticket's effect, while other tickets still count", () => {
    const stated = [{ ticketId: "a", impact: "MAJOR_OUTAGE" as const, status: "RESOLVED" as const, serviceIds: ["vote"] }];
    expect(states([ticket({ id: "a", category: "SERVICE", priority: 6 })], stated)).toEqual({ vote: "OPERATIONAL", signin: "OPERATIONAL" });
    expect(states([ticket({ id: "a", category: "SERVICE", priority: 6 }), ticket({ id: "b", category: "SERVICE" })], stated).vote).toBe("DEGRADED");
  });

  it("a statement without an open ticket still holds until resolved", () => {
    expect(states([], [{ ticketId: "gone", impact: "PARTIAL_OUTAGE", status: "MONITORING", serviceIds: ["vote", "signin"] }])).toEqual({ vote: "PARTIAL_OUTAGE", signin: "PARTIAL_OUTAGE" });
  });

  it("worstOf orders the states", () => {
    expect(worstOf([])).toBe("OPERATIONAL");
    expect(worstOf(["DEGRADED", "MAJOR_OUTAGE", "PARTIAL_OUTAGE"])).toBe("MAJOR_OUTAGE");
  });
});
