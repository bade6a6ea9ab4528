import { dayNumberOf, instantOf, localDayAndMinute, type DayNumber } from "./zoned-time";

// Who is on call at an instant: a rotation among people (daily or weekly turns, handed over at a set time of the
// team's time zone), and overrides on top ("I replace admin2 on Saturday"), the latest created winning.
export type HandOver = "daily" | "weekly";

export type Rotation = {
  /** In turn order; the first person's turn begins on startDate at handOverTime. */
  memberIds: string[];
  handOver: HandOver;
  /** "HH:MM", the team's time zone. */
  handOverTime: string;
  /** "YYYY-MM-DD": a weekly rotation hands over on this date's weekday. */
  startDate: string;
};

export type Override = { id: string; userId: string; startsAt: Date; endsAt: Date; createdAt: Date };

export type OnCall = {
  userId: string | null;
  by: "rotation" | "override" | "nobody";
  overrideId?: string;
  /** When this answer may change (a hand-over, an override starting or ending); null: never. */
  until: Date | null;
};

type Context = { rotation: Rotation | null; overrides: Override[]; timeZone: string; available?: (userId: string) => boolean };

export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/** The turn that includes `at`: its number since startDate (negative before it), start and end. */
export function turnAt(rotation: Rotation, at: Date, timeZone: string): { index: number; startsAt: Date; endsAt: Date } {
  const handOver = minuteOfDay(rotation.handOverTime);
  const local = localDayAndMinute(at.getTime(), timeZone);
  let day: DayNumber = local.day;
  // Before today's hand-over instant, yesterday's turn still runs (the instant, not the clock, decides: DST).
  if (at.getTime() < instantOf(day, handOver, timeZone)) day -= 1;
  const length = rotation.handOver === "daily" ? 1 : 7;
  const start = dayNumberOf(rotation.startDate);
  const index = Math.floor((day - start) / length);
  const firstDay = start + index * length;
  return { index, startsAt: new Date(instantOf(firstDay, handOver, timeZone)), endsAt: new Date(instantOf(firstDay + length, handOver, timeZone)) };
}

/** The person whose turn it is: an unavailable member's turn passes to the next available one. */
export function memberOfTurn(rotation: Rotation, index: number, available: (userId: string) => boolean = () => true): string | null {
  const n = rotation.memberIds.length;
  for (let step = 0; step < n; step++) {
    const id = rotation.memberIds[(((index + step) % n) + n) % n]!;
    if (available(id)) return id;
  }
  return null;
}

export function onCallAt({ rotation, overrides, timeZone, available = () => true }: Context, at: Date): OnCall {
  const t = at.getTime();
  const covering = overrides
    .filter((o) => o.startsAt.getTime() <= t && t < o.endsAt.getTime() && available(o.userId))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const turn = rotation && rotation.memberIds.length > 0 ? turnAt(rotation, at, timeZone) : null;
  const ends = [covering?.endsAt, turn?.endsAt, ...overrides.filter((o) => o.startsAt.getTime() > t).map((o) => o.startsAt)]
    .filter((d): d is Date => d !== undefined)
    .map((d) => d.getTime());
  const until = ends.length ? new Date(Math.min(...ends)) : null;
  if (covering) return { userId: covering.userId, by: "override", overrideId: covering.id, until };
  const userId = turn ? memberOfTurn(rotation!, turn.index, available) : null;
  return userId ? { userId, by: "rotation", until } : { userId: null, by: "nobody", until };
}

/** Who takes over from the person on call at `at`: the next change of answer to a different person. */
export function nextOnCallAfter(context: Context, at: Date): OnCall & { from: Date | null } {
  const current = onCallAt(context, at);
  let cursor = current;
  // Bounded: a rotation of n people changes person within n turns; overrides add a few more changes.
  for (let i = 0; i < 4 * ((context.rotation?.memberIds.length ?? 0) + context.overrides.length) + 2 && cursor.until; i++) {
    const from = cursor.until;
    cursor = onCallAt(context, from);
    if (cursor.userId && cursor.userId !== current.userId) return { ...cursor, from };
  }
  return { userId: null, by: "nobody", until: null, from: null };
}
