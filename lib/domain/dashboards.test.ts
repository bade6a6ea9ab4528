import { describe, expect, it } from "vitest";
import { dashboardLinks, grafanaEmbedUrl, incidentWindow } from "./dashboards";

describe("dashboards", () => {
  const start = new Date("2026-11-26T10:00:00Z");
  it("frames the incident 15 minutes either side, or up to now while it lasts", () => {
    expect(incidentWindow(start, new Date("2026-11-26T10:30:00Z"), new Date())).toEqual({ from: Date.parse("2026-11-26T09:45:00Z"), to: Date.parse("2026-11-26T10:45:00Z") });
    expect(incidentWindow(start, null, new Date("2026-11-26T11:00:00Z")).to).toBe(Date.parse("2026-11-26T11:00:00Z"));
  });

  it("links each dashboard with the window and the instance", () => {
    const [system] = dashboardLinks("https://g.example/", { from: 1, to: 2 }, "db:9100");
    expect(system!.url).toBe("https://g.example/d/vigie-system?from=1&to=2&var-instance=db%3A9100");
  });

  it("embeds in kiosk mode", () => {
    expect(grafanaEmbedUrl("https://g.example", "vigie-database", { from: "now-6h", to: "now" })).toBe("https://g.example/d/vigie-database?orgId=1&kiosk&from=now-6h&to=now");
  });
});
