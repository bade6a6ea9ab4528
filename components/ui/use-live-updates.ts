"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { changeBatch } from "./change-batch";

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

/** Calls `onChange` with the tickets that changed (batched: ./change-batch.ts); returns whether the stream is up. */
export function useLiveUpdates(onChange: Listener, enabled = true): boolean {
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  });
  const live = useSyncExternalStore(watchLive, () => tab.live, () => false);
  useEffect(() => {
    if (!enabled) return;
    const batch = changeBatch((changed) => callback.current(changed));
    const listener: Listener = (tickets) => batch.add(tickets);
    tab.listeners.add(listener);
    open();
    return () => {
      batch.stop();
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
