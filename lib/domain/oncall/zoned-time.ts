// Wall-clock arithmetic in a named time zone with Intl only (no date library): a rotation hands over at 09:00
// in the team's zone whatever the season, so an on-call week across a DST change is 167 or 169 hours long.
const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone (e.g. "Europe/Paris"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock at `at` in the zone, as milliseconds of a UTC date with the same fields. */
export function wallClock(at: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(at)).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** A local calendar date as days since 1970-01-01 (exact: calendar days have no DST). */
export type DayNumber = number;

export function dayNumberOf(isoDate: string): DayNumber {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.floor(Date.UTC(y!, m! - 1, d!) / DAY);
}

export function isoDateOf(day: DayNumber): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The local date and minute of the day at `at`. */
export function localDayAndMinute(at: number, timeZone: string): { day: DayNumber; minute: number } {
  const wall = wallClock(at, timeZone);
  return { day: Math.floor(wall / DAY), minute: Math.floor((wall % DAY) / MINUTE) };
}

/**
 * The first instant at which the zone's clock shows `minuteOfDay` or later on local date `day`. A time that
 * occurs twice (autumn) gives its first occurrence; a time skipped (spring) gives the end of the gap.
 */
export function instantOf(day: DayNumber, minuteOfDay: number, timeZone: string): number {
  const target = day * DAY + minuteOfDay * MINUTE;
  // Offsets are within ±14 h, so the answer lies within 15 h of the target read as UTC.
  const reaches = (t: number) => wallClock(t, timeZone) >= target;
  let low = target - 15 * 3_600_000;
  let high = target + 15 * 3_600_000;
  // Candidates from the offsets just before and after: exact in the usual case, without searching.
  for (const probe of [low, high]) {
    const candidate = target - (wallClock(probe, timeZone) - probe);
    if (wallClock(candidate, timeZone) === target && !reaches(candidate - MINUTE)) return candidate;
  }
  // In a spring gap: the first minute at which the clock reaches the target (transitions fall on minutes).
  low = Math.floor(low / MINUTE);
  high = Math.ceil(high / MINUTE);
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (reaches(mid * MINUTE)) high = mid;
    else low = mid;
  }
  return high * MINUTE;
}
