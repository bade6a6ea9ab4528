import http from "node:http";
import { randomUUID } from "node:crypto";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { ingestDelivery } from "@/lib/server/alerts/ingest-delivery";
import { freePort, waitFor } from "@/scripts/lib/net";
import { startAlertmanager } from "./alertmanager";
import { testDb } from "./db";

type Delivery = { groupKey: string; groupLabels: Record<string, string>; alerts: { labels: Record<string, string> }[] };

/**
 * A real Alertmanager 0.25 grouping by alertname and job, posting to a catcher; `ticketFor` pushes an alert,
 * waits for Alertmanager's delivery and gives it to Vigie as the webhook would: a ticket with the real groupKey.
 */
export async function startSilenceStack() {
  const bodies: unknown[] = [];
  const port = await freePort();
  const catcher = http.createServer((req, res) => {
    let text = "";
    req.on("data", (c) => (text += c));
    req.on("end", () => (bodies.push(JSON.parse(text)), res.end("ok")));
  });
  await new Promise<void>((r) => catcher.listen(port, "127.0.0.1", () => r()));
  const am = await startAlertmanager({
    route: { receiver: "vigie", group_by: ["alertname", "job"], group_wait: "1s", group_interval: "1s", repeat_interval: "1h" },
    receivers: [{ name: "vigie", webhook_configs: [{ url: `http://127.0.0.1:${port}/api/alertmanager`, send_resolved: true }] }],
  }).catch(async (error) => {
    await new Promise<void>((r) => catcher.close(() => r()));
    throw error;
  });

  async function ticketFor(labels: Record<string, string> = {}) {
    const alertname = `Silence_${randomUUID().slice(0, 8)}`;
    const alert = { labels: { alertname, job: "postgres", instance: "db-1:9187", ...labels }, annotations: { summary: `${alertname} on db-1` } };
    await am.push([alert]);
    let body: Delivery | undefined;
    await waitFor("Alertmanager's delivery", async () => !!(body = bodies.find((b) => (b as Delivery).alerts.some((a) => a.labels.alertname === alertname)) as Delivery | undefined), 15_000);
    const parsed = parseWebhookPayload(body);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { ticketId } = await ingestDelivery({ payload: parsed.payload, raw: JSON.stringify(body), db: testDb() });
    return { ticketId: ticketId!, alertname, labels: alert.labels, groupKey: body!.groupKey };
  }

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${am.url}/api/v2${path}`)).json()) as T;
  return {
    url: am.url,
    ticketFor,
    api,
    /** Alertmanager's view of one alert: suppressed by which silences. */
    alertState: async (alertname: string) => {
      const [alert] = await api<{ status: { state: string; silencedBy: string[] } }[]>(`/alerts?filter=${encodeURIComponent(`alertname="${alertname}"`)}`);
      return alert?.status;
    },
    stop: async () => {
      await am.stop();
      await new Promise<void>((r) => catcher.close(() => r()));
    },
  };
}
