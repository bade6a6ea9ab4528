// The Grafana dashboards Vigie ships (docker/grafana/dashboards), and links to them for a time window. `title` is
// Grafana's own (English); people read each one's name from messages (dashboards.titles.<uid>).
export const dashboards = [
  { uid: "vigie-system", title: "System (node exporter)" },
  { uid: "vigie-database", title: "Database (postgres exporter)" },
  { uid: "vigie-containers", title: "Containers (cAdvisor)" },
  { uid: "vigie-app", title: "Vigie (its own metrics)" },
] as const;
export type DashboardUid = (typeof dashboards)[number]["uid"];

const MARGIN_MS = 15 * 60_000;

/** 15 minutes before the incident's start to 15 minutes after its end (or now, while it lasts). */
export function incidentWindow(start: Date, end: Date | null, now: Date): { from: number; to: number } {
  return { from: start.getTime() - MARGIN_MS, to: end ? end.getTime() + MARGIN_MS : now.getTime() };
}

export function dashboardLinks(grafanaUrl: string, window: { from: number; to: number }, instance?: string) {
  const base = grafanaUrl.replace(/\/$/, "");
  const variable = instance ? `&var-instance=${encodeURIComponent(instance)}` : "";
  return dashboards.map((d) => ({ ...d, url: `${base}/d/${d.uid}?from=${window.from}&to=${window.to}${variable}` }));
}

/** The URL to embed a dashboard in kiosk mode (Grafana must allow embedding; the shipped one does). */
export function grafanaEmbedUrl(grafanaUrl: string, uid: string, range: { from: string; to: string }, instance?: string): string {
  const variable = instance ? `&var-instance=${encodeURIComponent(instance)}` : "";
  return `${grafanaUrl.replace(/\/$/, "")}/d/${uid}?orgId=1&kiosk&from=${encodeURIComponent(range.from)}&to=${encodeURIComponent(range.to)}${variable}`;
}
