// Impact × urgency → priority, as in GLPI: five levels each, priority 1–5 plus 6 "major".
export const levels = [1, 2, 3, 4, 5] as const;
export type Level = (typeof levels)[number];
export type Priority = 1 | 2 | 3 | 4 | 5 | 6;

// Their names ("Very high", "Major"…) are in messages: admin.levels, admin.priorities.
/** matrix[urgency][impact], GLPI's default. Admins may edit it (6 = major). */
export type PriorityMatrix = Record<Level, Record<Level, Priority>>;

export const defaultPriorityMatrix: PriorityMatrix = {
  5: { 5: 5, 4: 5, 3: 5, 2: 4, 1: 4 },
  4: { 5: 5, 4: 4, 3: 4, 2: 3, 1: 3 },
  3: { 5: 5, 4: 4, 3: 3, 2: 2, 1: 2 },
  2: { 5: 4, 4: 3, 3: 2, 2: 2, 1: 1 },
  1: { 5: 4, 4: 3, 3: 2, 2: 1, 1: 1 },
};

/** Until someone sets the impact, an incident counts as of medium impact. */
export const DEFAULT_IMPACT: Level = 3;

export function priorityOf(urgency: Level, impact: Level | null | undefined, matrix: PriorityMatrix = defaultPriorityMatrix): Priority {
  return matrix[urgency][impact ?? DEFAULT_IMPACT];
}
