import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/server/route";
import { openChangeStream } from "@/lib/server/live/open-change-stream";

export const dynamic = "force-dynamic";

// Comments every 15 s keep proxies from closing an idle stream and reveal a dead client to the server.
const HEARTBEAT_MS = 15_000;
// A stream ends after 10 minutes and the browser reconnects through authedRoute again: a person signed out,
// deactivated or whose token was revoked stops receiving within that time.
const LIFETIME_MS = 10 * 60_000;

const encoder = new TextEncoder();
const frame = (event: string, data: unknown) => encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

/**
 * Server-sent events: which tickets changed ("tickets"), and that the alerting heartbeat changed ("heartbeat"), as
 * soon as any instance commits (PostgreSQL LISTEN/NOTIFY).
 * Only ticket ids, which everyone allowed to read tickets may read (observers too); the client then
 * refetches through the ordinary, authorised routes and pages.
 */
export const GET = authedRoute({ permission: "read" }, async (request, { actor }) => {
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const early: Uint8Array[] = [];
  let closed = false;
  const send = (chunk: Uint8Array) => {
    if (closed) return;
    if (!controller) return void early.push(chunk);
    try {
      controller.enqueue(chunk);
    } catch {
      cleanup();
    }
  };
  // Subscribed (and listening) before the answer starts: nothing committed after "ready" is missed.
  const unsubscribe = await openChangeStream({ actor, onChange: (change) => send(change.heartbeat ? frame("heartbeat", {}) : frame("tickets", change)) });
  if (!unsubscribe) throw new AppError("UNAVAILABLE", "Too many live streams are open on this server: the page refreshes itself instead.");
  const heartbeat = setInterval(() => send(encoder.encode(": heartbeat\n\n")), HEARTBEAT_MS);
  const lifetime = setTimeout(() => cleanup(), LIFETIME_MS);
  function cleanup() {
    if (closed) return;
    closed = true;
    unsubscribe!();
    clearInterval(heartbeat);
    clearTimeout(lifetime);
    request.signal.removeEventListener("abort", cleanup);
    try {
      controller?.close();
    } catch {
      // the client closed it first
    }
  }
  request.signal.addEventListener("abort", cleanup);
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      // retry: the browser's delay before reconnecting; "ready": the client is live from now on.
      c.enqueue(encoder.encode("retry: 2000\n\n"));
      c.enqueue(frame("ready", {}));
      for (const chunk of early.splice(0)) c.enqueue(chunk);
    },
    cancel: cleanup,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would hold events back; X-Accel-Buffering: the same for nginx.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
