import { describe, expect, it } from "vitest";
import { defaultPriorityMatrix, priorityOf, type Level, type Priority } from "./priority";

describe("priorityOf", () => {
  it.each<[Level, Level | null, Priority]>([
    [5, 5, 5],
    [5, 1, 4],
    [1, 1, 1],
    [1, 5, 4],
    [3, 3, 3],
    [4, 2, 3],
    [2, 4, 3],
    [4, null, 4],
    [1, null, 2],
  ])("urgency %i × impact %s → %i", (urgency, impact, expected) => {
    expect(priorityOf(urgency, impact)).toBe(expected);
  });

  it("follows an edited matrix, major included", () => {
    const matrix = structuredClone(defaultPriorityMatrix);
    matrix[5][5] = 6;
    expect(priorityOf(5, 5, matrix)).toBe(6);
  });

  it("grows with urgency and with impact", () => {
    for (const u of [1, 2, 3, 4] as Level[]) {
      for (const i of [1, 2, 3, 4, 5] as Level[]) {
        expect(priorityOf((u + 1) as Level, i)).toBeGreaterThanOrEqual(priorityOf(u, i));
        expect(priorityOf(i, (u + 1) as Level)).toBeGreaterThanOrEqual(priorityOf(i, u));
      }
    }
  });
});
