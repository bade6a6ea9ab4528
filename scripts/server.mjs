// Vigie's HTTP server: Next.js, with two things decided before any handler runs: the client's address (`next
// start` would let a client choose it: Next fills X-Forwarded-For from the socket only when the client sent
// none), and the security headers every response carries (scripts/lib/security-headers.mjs).
// Usage: node scripts/server.mjs start|dev --port 3000 --hostname 0.0.0.0
import http from "node:http";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./lib/client-address.mjs";
import { securityHeaders } from "./lib/security-headers.mjs";
import { createPageCache, sendCopy } from "./lib/page-cache.mjs";
import { webhookShortcut } from "./lib/webhook-shortcut.mjs";

// Memory: an alert storm allocates fast and its garbage dies young, so V8 let the heap grow to 4× what was live
// (85 MB live, 355 MB before each full collection) and the process kept 530 MB after storms. Growing by 30 %
// instead keeps it near 320 MB through the same storms (`npm run bench` prints the RSS). A flag given to node
// itself wins.
if (!process.execArgv.some((arg) => arg.startsWith("--heap-growing-percent"))) v8.setFlagsFromString("--heap-growing-percent=30");

const { values, positionals } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } }, allowPositionals: true });
const dev = positionals[0] === "dev";
process.env.NODE_ENV ??= dev ? "development" : "production";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
const trustProxy = /^(true|1|yes)$/i.test(process.env.TRUST_PROXY ?? "");
const headers = Object.entries(securityHeaders({ https: /^https:/i.test(process.env.VIGIE_URL ?? process.env.NEXTAUTH_URL ?? "") }));

const { default: next } = await import("next");
const app = next({ dev, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

// The status page's copies (scripts/lib/page-cache.mjs) are rendered by asking this server itself, with a
// secret that only this process knows so that the render reaches the app, not the cache.
const RENDER_HEADER = "x-vigie-render";
const renderSecret = randomBytes(24).toString("hex");
function render(path, locale) {
  const { address, port: own } = /** @type {import("node:net").AddressInfo} */ (server.address());
  const host = address === "0.0.0.0" || address === "::" ? "127.0.0.1" : address;
  return new Promise((resolve, reject) => {
    const request = http.get({ host, port: own, path, headers: { cookie: `vigie-locale=${locale}`, "accept-language": locale, [RENDER_HEADER]: renderSecret }, timeout: 10_000 }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("render timed out")));
    request.on("error", reject);
  });
}
const pageCache = dev ? null : createPageCache({ render, fallbackLocale: process.env.VIGIE_DEFAULT_LOCALE ?? "en" });

const server = http.createServer(async (req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({ socket: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustProxy });
  for (const [name, value] of headers) res.setHeader(name, value);
  // In development Next recompiles the route as it is edited; the shortcut would keep the code it started with.
  const webhook = dev ? undefined : webhookShortcut(req);
  if (webhook) {
    webhook(req, res).catch((error) => {
      console.error("alertmanager webhook failed:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json", Connection: "close" }).end('{"error":"Internal error; the delivery was not stored."}');
    });
    return;
  }
  const rendering = req.headers[RENDER_HEADER] === renderSecret;
  delete req.headers[RENDER_HEADER];
  const copy = pageCache && !rendering ? await pageCache(req) : null;
  if (copy) sendCopy(req, res, copy);
  else void handle(req, res);
});
server.listen(port, hostname, () => console.log(`Vigie (${dev ? "dev" : "production"}) listening on http://${hostname}:${port}`));

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
