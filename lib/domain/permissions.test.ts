import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { can, canAddMeasure, canEditRex, canReadRex, canUpdateMeasure, canUpdateRexMeasure, permissions, type Permission, type Person } from "./permissions";
import { canSilenceTicket } from "./permissions";
import { canAddOnCallOverride, canRemoveOnCallOverride } from "./permissions";
import { canJudgeReport } from "./permissions";

const admin: Person = { id: "admin", role: "ADMIN" };
const tech: Person = { id: "tech", role: "TECHNICIAN" };
const other: Person = { id: "other-tech", role: "TECHNICIAN" };
const soc: Person = { id: "soc", role: "OBSERVER" };

describe("can: every permission × role", () => {
  const expected: Record<Permission, Role[]> = {
    read: ["ADMIN", "TECHNICIAN", "OBSERVER"],
    "tickets.report": ["ADMIN", "TECHNICIAN", "OBSERVER"],
    "tickets.work": ["ADMIN", "TECHNICIAN"],
    "tickets.acknowledge": ["ADMIN", "TECHNICIAN"],
    "tickets.bulk": ["ADMIN", "TECHNICIAN"],
    "measures.add": ["ADMIN"],
    "measures.update": ["ADMIN", "TECHNICIAN"],
    "risks.manage": ["ADMIN"],
    "rex.write": ["ADMIN", "TECHNICIAN"],
    "rex.publish": ["ADMIN"],
    "silences.manage": ["ADMIN", "TECHNICIAN"],
    "oncall.manage": ["ADMIN"],
    "status.manage": ["ADMIN"],
    administer: ["ADMIN"],
  };
  const cases = (Object.keys(permissions) as Permission[]).flatMap((p) => (["ADMIN", "TECHNICIAN", "OBSERVER"] as Role[]).map((role) => [p, role] as const));
  it.each(cases)("%s · %s", (permission, role) => {
    expect(can({ role }, permission)).toBe(expected[permission].includes(role));
  });
});

describe("rules about one record", () => {
  it.each([
    ["an admin, any REX", admin, { authorId: "tech" }, true],
    ["its author", tech, { authorId: "tech" }, true],
    ["another technician", other, { authorId: "tech" }, false],
    ["a technician, a REX without author", tech, { authorId: null }, false],
    ["an observer, even as author", soc, { authorId: "soc" }, false],
  ] as const)("canEditRex: %s", (_, person, rex, expected) => {
    expect(canEditRex(person, rex)).toBe(expected);
  });

  it.each([
    ["observer, draft", soc, "DRAFT", false],
    ["observer, published", soc, "PUBLISHED", true],
    ["technician, draft", tech, "DRAFT", true],
    ["admin, draft", admin, "DRAFT", true],
  ] as const)("canReadRex: %s", (_, person, status, expected) => {
    expect(canReadRex(person, { status })).toBe(expected);
  });

  it.each([
    ["admin, in remediation", admin, "REMEDIATION", true],
    ["admin, solution recorded", admin, "SOLUTION", true],
    ["admin, in validation", admin, "VALIDATION", true],
    ["admin, not solved yet", admin, "TREATMENT", false],
    ["admin, just registered", admin, "REGISTRATION", false],
    ["admin, closed", admin, "CLOSURE", false],
    ["technician", tech, "REMEDIATION", false],
    ["observer", soc, "REMEDIATION", false],
  ] as const)("canAddMeasure: %s", (_, person, step, expected) => {
    expect(canAddMeasure(person, { step })).toBe(expected);
  });

  it.each([
    ["admin, someone's measure", admin, "tech", "REMEDIATION", true],
    ["its owner", tech, "tech", "REMEDIATION", true],
    ["another technician", other, "tech", "REMEDIATION", false],
    ["its owner, ticket closed", tech, "tech", "CLOSURE", false],
    ["admin, ticket closed", admin, "tech", "CLOSURE", false],
    ["an observer who owns it", soc, "soc", "REMEDIATION", false],
  ] as const)("canUpdateMeasure: %s", (_, person, ownerId, step, expected) => {
    expect(canUpdateMeasure(person, { ownerId }, { step })).toBe(expected);
  });

  it.each([
    ["admin", admin, null, "tech", true],
    ["the REX's author", tech, null, "tech", true],
    ["the measure's owner", other, "other-tech", "tech", true],
    ["another technician", other, null, "tech", false],
    ["an observer who owns it", soc, "soc", "tech", false],
  ] as const)("canUpdateRexMeasure: %s", (_, person, ownerId, authorId, expected) => {
    expect(canUpdateRexMeasure(person, { ownerId }, { authorId })).toBe(expected);
  });

  it.each([
    ["admin, in treatment", admin, "TREATMENT", true],
    ["technician, in registration", tech, "REGISTRATION", true],
    ["technician, closed", tech, "CLOSURE", false],
    ["admin, closed", admin, "CLOSURE", false],
    ["observer", soc, "TREATMENT", false],
  ] as const)("canSilenceTicket: %s", (_, person, step, expected) => {
    expect(canSilenceTicket(person, { step })).toBe(expected);
  });

  it.each([
    ["admin, for a technician", admin, tech, true],
    ["admin, for an observer", admin, { id: "soc", role: "OBSERVER" }, false],
    ["technician, for himself", tech, tech, true],
    ["technician, for another", tech, other, false],
    ["observer, for himself", soc, soc, false],
  ] as const)("canAddOnCallOverride: %s", (_, person, forUser, expected) => {
    expect(canAddOnCallOverride(person, forUser)).toBe(expected);
  });

  it.each([
    ["admin, anyone's", admin, "tech", true],
    ["technician, his own", tech, "tech", true],
    ["technician, another's", tech, "other-tech", false],
    ["observer, his own", soc, "soc", false],
  ] as const)("canRemoveOnCallOverride: %s", (_, person, userId, expected) => {
    expect(canRemoveOnCallOverride(person, { userId })).toBe(expected);
  });

  it.each([
    ["admin, an open public report", admin, "PUBLIC", "REGISTRATION", true],
    ["admin, a closed public report", admin, "PUBLIC", "CLOSURE", false],
    ["admin, a ticket from an alert", admin, "ALERT", "REGISTRATION", false],
    ["admin, a ticket a person reported", admin, "MANUAL", "TREATMENT", false],
    ["technician, an open public report", tech, "PUBLIC", "REGISTRATION", false],
    ["observer, an open public report", soc, "PUBLIC", "REGISTRATION", false],
  ] as const)("canJudgeReport: %s", (_, person, source, step, expected) => {
    expect(canJudgeReport(person, { source, step })).toBe(expected);
  });
});
