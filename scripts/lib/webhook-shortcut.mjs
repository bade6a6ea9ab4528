// The Alertmanager webhook answered by scripts/server.mjs itself, before Next's router: during an alert storm,
// Next's handling of a route request cost 1.8 ms of the app's CPU per delivery of 100 alerts, out of 2.1 for a
// route that only read the body and answered (a plain Node handler: 0.3). The app registers the handler at start
// (instrumentation.ts: it is the app's code, bundled by Next); until then, and in development, Next serves the
// route (app/api/alertmanager/route.ts), which runs the same use case.
export const WEBHOOK_PATH = "/api/alertmanager";
const SLOT = Symbol.for("vigie.webhookShortcut");

/** @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>} handler */
export function installWebhookShortcut(handler) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[SLOT] = handler;
}

/**
 * The handler for this request, when it is a webhook delivery and the app installed one.
 * @param {import("node:http").IncomingMessage} req
 * @returns {((req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => Promise<void>) | undefined}
 */
export function webhookShortcut(req) {
  if (req.method !== "POST") return undefined;
  const url = req.url ?? "";
  const query = url.indexOf("?");
  if ((query === -1 ? url : url.slice(0, query)) !== WEBHOOK_PATH) return undefined;
  return /** @type {any} */ (globalThis)[SLOT];
}
