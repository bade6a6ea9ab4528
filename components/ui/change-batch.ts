// How a browser passes on the changes the live stream announces (issue 15): a lone change at once; changes that
// keep coming (an alert storm) together, after a window that starts short and doubles while they last, so
// that 200 wall screens do not refetch 200 times a second. The first window is short because a change that
// follows another one (a repeat of some other alert) must still show within a second, fetch included.
export const MIN_WINDOW_MS = 250;
export const MAX_WINDOW_MS = 10_000;

export type Changed = string[] | "*";

type Timers = { now: () => number; set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

const browserTimers: Timers = {
  now: () => Date.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Collects changes and calls `fire` with them as described above; `stop` drops what is pending. */
export function changeBatch(fire: (changed: Changed) => void, timers: Timers = browserTimers) {
  let pending: Set<string> | "*" | null = null;
  let timer: unknown = null;
  let lastFire = -Infinity;
  let windowMs = MIN_WINDOW_MS;
  const flush = () => {
    timer = null;
    lastFire = timers.now();
    const changed = pending;
    pending = null;
    if (changed) fire(changed === "*" ? "*" : [...changed]);
  };
  return {
    add(tickets: Changed) {
      pending = tickets === "*" || pending === "*" ? "*" : new Set([...(pending ?? []), ...tickets]);
      if (timer !== null) return;
      const now = timers.now();
      if (now - lastFire > 2 * windowMs) windowMs = MIN_WINDOW_MS; // quiet for a while: at once again
      const wait = Math.max(0, lastFire + windowMs - now);
      if (wait > 0) windowMs = Math.min(windowMs * 2, MAX_WINDOW_MS);
      timer = timers.set(flush, wait);
    },
    stop() {
      if (timer !== null) timers.clear(timer);
      timer = null;
      pending = null;
    },
  };
}
