import { describe, expect, it } from "vitest";
import { missingForPublishing } from "./publishing";

const full = { courseNarrative: "PostgreSQL stopped; votes were lost.", weakPoint: "A bad edit of pg_hba.conf.", actionsTaken: "Removed the characters; restarted.", recommendations: "Review configuration changes." };

describe("missingForPublishing", () => {
  it.each([
    ["every section written", full, []],
    ["no weak point", { ...full, weakPoint: "" }, ["weakPoint"]],
    ["recommendations of spaces and a line break", { ...full, recommendations: "  \n " }, ["recommendations"]],
    ["no course and no action", { ...full, courseNarrative: "", actionsTaken: "" }, ["courseNarrative", "actionsTaken"]],
    ["nothing written", { courseNarrative: "", weakPoint: "", actionsTaken: "", recommendations: "" }, ["courseNarrative", "weakPoint", "actionsTaken", "recommendations"]],
  ] as const)("%s → %j", (_, rex, expected) => {
    expect(missingForPublishing(rex)).toEqual(expected);
  });
});
