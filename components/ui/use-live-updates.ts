"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";

// Live updates (issue 15): one EventSource per tab on /api/events, shared by every component listening.
// The browser reconnects by itself after a dropped connection; a refused one (401, 503) is retried here with a
// doubling delay. While the stream is down, `live` is false and the callers poll as before.
type Listener = (tickets: string[] | "*") => void;

const tab = {
  source: null as EventSource | null,
  listeners: new Set<Listener>(),
  heartbeatListeners: new Set<() => void>(),
  liveWatchers: new Set<() => void>(),
  live: false,
  wasLive: false,
  retryMs: 1_000,
  retry: null as ReturnType<typeof setTimeout> | null,
};

function setLive(live: boolean) {
  if (tab.live === live) return;
  tab.live = live;
  for (const watch of tab.liveWatchers) watch();
}

const emit = (tickets: string[] | "*") => tab.listeners.forEach((listener) => listener(tickets));

function open() {
  if (tab.source || tab.retry || typeof EventSource === "undefined") return;
  const source = new EventSource("/api/events");
  tab.source = source;
  source.addEventListener("ready", () => {
    tab.retryMs = 1_000;
    setLive(true);
    // Changes made while the stream was down were not announced: refetch once.
    if (tab.wasLive) emit("*");
    tab.wasLive = true;
  });
  source.addEventListener("tickets", (event) => {
    try {
      emit((JSON.parse((event as MessageEvent<string>).data) as { tickets: string[] | "*" }).tickets);
    } catch {
      emit("*");
    }
  });
  source.addEventListener("heartbeat", () => tab.heartbeatListeners.forEach((listener) => listener()));
  source.onerror = () => {
    setLive(false);
    if (source.readyState !== EventSource.CLOSED) return; // the browser is reconnecting
    tab.source = null;
    const wait = tab.retryMs;
    tab.retryMs = Math.min(tab.retryMs * 2, 60_000);
    tab.retry = setTimeout(() => {
      tab.retry = null;
      if (tab.listeners.size > 0) open();
    }, wait);
  };
}

function close() {
  tab.source?.close();
  tab.source = null;
  if (tab.retry) clearTimeout(tab.retry);
  tab.retry = null;
  setLive(false);
}

function watchLive(onStoreChange: () => void) {
  tab.liveWatchers.add(onStoreChange);
  return () => void tab.liveWatchers.delete(onStoreChange);
}

// A lone change is passed on at once; changes that keep coming (an alert storm) are passed on together, every
// second at first and up to every 10 s while they last, so that 200 wall screens do not refetch 200 times a second.
const MIN_WINDOW_MS = 1_000;
const MAX_WINDOW_MS = 10_000;

/** Calls `onChange` with the tickets that changed (throttled as above); returns whether the stream is up. */
export function useLiveUpdates(onChange: Listener, enabled = true): boolean {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  const live = useSyncExternalStore(watchLive, () => tab.live, () => false);
  useEffect(() => {
    if (!enabled) return;
    let pending: Set<string> | "*" | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastFire = 0;
    let windowMs = MIN_WINDOW_MS;
    const fire = () => {
      timer = null;
      lastFire = Date.now();
      const changed = pending;
      pending = null;
      if (changed) callback.current(changed === "*" ? "*" : [...changed]);
    };
    const listener: Listener = (tickets) => {
      pending = tickets === "*" || pending === "*" ? "*" : new Set([...(pending ?? []), ...tickets]);
      if (timer) return;
      const now = Date.now();
      if (now - lastFire > 2 * windowMs) windowMs = MIN_WINDOW_MS; // quiet for a while: at once again
      const wait = Math.max(0, lastFire + windowMs - now);
      if (wait > 0) windowMs = Math.min(windowMs * 2, MAX_WINDOW_MS);
      timer = setTimeout(fire, wait);
    };
    tab.listeners.add(listener);
    open();
    return () => {
      if (timer) clearTimeout(timer);
      tab.listeners.delete(listener);
      if (tab.listeners.size === 0) close();
    };
  }, [enabled]);
  return enabled && live;
}

/** For TanStack Query's refetchInterval: no polling while the stream is up (changes invalidate ["tickets"]), else `pollMs`. */
export function useLiveTicketsInterval(pollMs: number): number | false {
  const queryClient = useQueryClient();
  const live = useLiveUpdates(() => void queryClient.invalidateQueries({ queryKey: ["tickets"] }));
  return live ? false : pollMs;
}

/** Calls `onChange` when the alerting heartbeat changes (a beat, declared late), while a live stream is open here. */
export function useHeartbeatUpdates(onChange: () => void, enabled = true): void {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = () => callback.current();
    tab.heartbeatListeners.add(listener);
    return () => void tab.heartbeatListeners.delete(listener);
  }, [enabled]);
}
