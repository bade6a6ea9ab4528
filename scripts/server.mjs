// Vigie's HTTP server: Next.js, with two things decided before any handler runs: the client's address (`next
// start` would let a client choose it: Next fills X-Forwarded-For from the socket only when the client sent
// none), and the security headers every response carries (scripts/lib/security-headers.mjs).
// Usage: node scripts/server.mjs start|dev --port 3000 --hostname 0.0.0.0
import http from "node:http";
import { parseArgs } from "node:util";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./lib/client-address.mjs";
import { securityHeaders } from "./lib/security-headers.mjs";

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

const server = http.createServer((req, res) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress({ socket: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trustProxy });
  for (const [name, value] of headers) res.setHeader(name, value);
  void handle(req, res);
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
