import http from "node:http";
import { POST } from "@/app/api/alertmanager/route";
import { freePort } from "@/scripts/lib/net";

/** `at`: when the request arrived (ms since the epoch). */
export type Received = { at: number; status: number; body: { groupKey?: string; externalURL?: string; status?: string; truncatedAlerts?: number; alerts?: { labels: Record<string, string>; status: string }[] } };

/**
 * Vigie's webhook route handler (the POST of app/api/alertmanager/route.ts) behind a real HTTP server on a
 * loopback port, so that a real Alertmanager can post to it. Records each delivery with its answer.
 */
export async function startWebhookServer() {
  const port = await freePort();
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const at = Date.now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const response = await POST(new Request(`http://127.0.0.1:${port}${req.url}`, { method: "POST", headers, body }));
      let parsed: Received["body"] = {};
      try {
        parsed = JSON.parse(body.toString("utf8")) as Received["body"];
      } catch {
        // not JSON: recorded with its answer all the same
      }
      received.push({ at, status: response.status, body: parsed });
      res.writeHead(response.status, { "content-type": "application/json" });
      res.end(await response.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}/api/alertmanager`,
    received,
    // Alertmanager keeps its connections alive: close them, or close() waits for them.
    close: () => new Promise<void>((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}
