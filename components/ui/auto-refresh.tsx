"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { useHeartbeatUpdates, useLiveUpdates } from "./use-live-updates";

// On the ticket pages, whose data the live stream announces, a change re-renders a ticket's page at once and
// polling only stands in while the stream is down (then a slow safety refresh, e.g. for the heartbeat panel's
// times). On the list itself the list's query follows the stream (useLiveTicketsInterval): the page around it
// is not re-rendered at each change.
const SAFETY_REFRESH_MS = 5 * 60_000;

/** Re-renders the server component page every few seconds while the tab is visible; live on /tickets pages. */
export function AutoRefresh({ everyMs = 10_000, live }: { everyMs?: number; live?: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const listens = live ?? /^\/tickets(\/|$)/.test(pathname);
  const ticketPage = /^\/tickets\/[^/]+$/.test(pathname) && pathname !== "/tickets/new";
  const ticketId = /^\/tickets\/([0-9a-f]{8}-[0-9a-f-]{27})$/i.exec(pathname)?.[1];
  const streaming = useLiveUpdates((tickets) => {
    // A page addressed by number cannot tell its ticket's id: any change refreshes it (throttled).
    if (ticketPage && (tickets === "*" || !ticketId || tickets.includes(ticketId))) router.refresh();
  }, listens);
  // The list's heartbeat panel is part of the page: a beat, or the heartbeat declared late, re-renders it.
  useHeartbeatUpdates(() => router.refresh(), listens && pathname === "/tickets");
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, streaming ? Math.max(everyMs, SAFETY_REFRESH_MS) : everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs, streaming]);
  return null;
}
