import { describe, expect, it } from "vitest";
import { approvalsNeeded, quorumReached, type QuorumPolicy } from "./quorum";

const admins = ["a1", "a2", "a3"];

describe("quorumReached", () => {
  it.each<[string, QuorumPolicy, string | null, string[], boolean]>([
    ["one other admin approves", "ONE_OTHER_ADMIN", "tech", ["a1"], true],
    ["only the solver approves", "ONE_OTHER_ADMIN", "a1", ["a1"], false],
    ["another admin approves the admin solver", "ONE_OTHER_ADMIN", "a1", ["a2"], true],
    ["nobody yet", "ONE_OTHER_ADMIN", "tech", [], false],
    ["majority: one of three", "MAJORITY", "tech", ["a1"], false],
    ["majority: two of three", "MAJORITY", "tech", ["a1", "a2"], true],
    ["majority: the same admin twice", "MAJORITY", "tech", ["a1", "a1"], false],
    ["majority: solver's vote does not count", "MAJORITY", "a1", ["a1", "a2"], false],
    ["majority: two others of three", "MAJORITY", "a1", ["a2", "a3"], true],
    ["all: two of three", "ALL", "tech", ["a1", "a2"], false],
    ["all: three of three", "ALL", "tech", ["a1", "a2", "a3"], true],
    ["all: everyone but the admin solver", "ALL", "a3", ["a1", "a2"], true],
    ["an inactive admin's approval", "ONE_OTHER_ADMIN", "tech", ["gone"], false],
  ])("%s", (_name, policy, solverId, approverIds, expected) => {
    expect(quorumReached({ policy, activeAdminIds: admins, solverId, approverIds })).toBe(expected);
  });

  it("can never be reached when the solver is the only admin", () => {
    expect(approvalsNeeded({ policy: "ONE_OTHER_ADMIN", activeAdminIds: ["a1"], solverId: "a1" })).toBe(Infinity);
    expect(quorumReached({ policy: "ALL", activeAdminIds: ["a1"], solverId: "a1", approverIds: ["a1"] })).toBe(false);
  });

  it.each<[QuorumPolicy, number]>([["ONE_OTHER_ADMIN", 1], ["MAJORITY", 2], ["ALL", 3]])("%s needs %i of three admins for a technician's solution", (policy, n) => {
    expect(approvalsNeeded({ policy, activeAdminIds: admins, solverId: "tech" })).toBe(n);
  });
});
