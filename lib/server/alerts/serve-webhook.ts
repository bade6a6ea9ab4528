import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { receiveDelivery } from "./receive-delivery";

const header = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(", ") : value ?? null;
};

/** The webhook on Node's own request and response (scripts/server.mjs answers it before Next's router). */
export async function serveWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { status, body, headers } = await receiveDelivery({
    authorization: header(req, "authorization"),
    userAgent: header(req, "user-agent"),
    contentLength: header(req, "content-length"),
    // Stopping early (a body over the limit) destroys the request stream, not the socket, which carries the 413.
    body: req,
  });
  const text = JSON.stringify(body);
  // An answer sent before the whole body was read (wrong credentials, a body over the limit) ends the connection.
  if (!req.complete) res.setHeader("Connection", "close");
  res.writeHead(status, { ...headers, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
