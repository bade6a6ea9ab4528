import { describe, expect, it } from "vitest";
import { dashboardLinks, incidentWindow } from "@/lib/domain/dashboards";
import { rexWords } from "@/lib/i18n/rex-words";
import { renderRexMarkdown, rexFilename, type RexDocument } from "./markdown";

const en = rexWords("en", "UTC");

const rex: RexDocument = {
  title: "Incident 1: PostgreSQL stopped",
  status: "PUBLISHED",
  author: "Alice Martin",
  publishedAt: new Date("2026-11-20T00:00:00Z"),
  ticket: { number: 7, url: "https://vigie.example.org/tickets/t7" },
  riskCodes: ["R3"],
  incidentStart: new Date("2026-11-19T08:00:00Z"),
  incidentEnd: new Date("2026-11-19T08:40:00Z"),
  context: "Votes could not be recorded.",
  course: [{ at: "2026-11-19T08:00:00.000Z", what: "Alert PostgresDown | fired", who: "Alertmanager" }],
  courseNarrative: "",
  stepDurations: { TREATMENT: 1_800, REGISTRATION: 120 },
  solution: "",
  weakPoint: "A bad edit of pg_hba.conf.",
  actionsTaken: "Removed the characters; restarted.",
  recommendations: "Be careful with configuration files.",
  measures: [{ title: "Lint pg_hba.conf in CI", owner: "Thomas Petit", dueDate: new Date("2026-12-01T00:00:00Z"), state: "OPEN", deferReason: null }],
  dashboards: dashboardLinks("https://grafana.example.org/", incidentWindow(new Date("2026-11-19T08:00:00Z"), new Date("2026-11-19T08:40:00Z"), new Date())),
};

describe("renderRexMarkdown", () => {
  const md = renderRexMarkdown(rex, en);
  it("has the sections people write, the timeline as a table and the time per step in step order", () => {
    expect(md).toContain("# Incident 1: PostgreSQL stopped");
    expect(md).toContain("- Ticket: [#7](https://vigie.example.org/tickets/t7)");
    expect(md).toContain("| When (UTC) | What | Who |\n|---|---|---|\n| 19 Nov 2026, 08:00 | Alert PostgresDown \\| fired | Alertmanager |");
    expect(md).toMatch(/\| Registration \| 2 min \|\n\| Treatment \| 30 min \|/);
    expect(md).toContain("## Weak point\n\nA bad edit of pg_hba.conf.");
    expect(md).toContain("## Recommendations\n\nBe careful with configuration files.");
    expect(md).toContain("- [ ] Lint pg_hba.conf in CI — Thomas Petit, due 1 Dec 2026");
    expect(md).not.toContain("## Solution");
  });

  it("links the dashboards for 15 minutes around the incident", () => {
    expect(md).toContain(`- [System (node exporter)](https://grafana.example.org/d/vigie-system?from=${Date.parse("2026-11-19T07:45:00Z")}&to=${Date.parse("2026-11-19T08:55:00Z")})`);
  });

  it("escapes HTML and keeps only http(s) links from what people and alerts wrote", () => {
    const hostile = renderRexMarkdown({
      ...rex,
      title: "<img src=x onerror=alert(1)>",
      weakPoint: "See [the runbook](javascript:alert(1)) and [data](data:text/html,x) & <script>alert(2)</script>",
      recommendations: "Read [the docs](https://docs.example.org/a).",
      course: [{ at: "2026-11-19T08:00:00.000Z", what: "<b>bold</b> [x](javascript:void(0))", who: "<i>Mallory</i>" }],
      ticket: { number: 7, url: "javascript:alert(3)" },
      dashboards: [{ title: "Evil", url: "javascript:alert(4)" }],
    }, en);
    expect(hostile).not.toMatch(/<(img|script|b|i)\b/);
    expect(hostile).not.toMatch(/\]\(\s*(javascript|data):/i);
    expect(hostile).toContain("# &lt;img src=x onerror=alert(1)&gt;");
    expect(hostile).toContain("&amp; &lt;script&gt;");
    expect(hostile).toContain("[the docs](https://docs.example.org/a)");
    expect(hostile).toContain("- Ticket: #7");
    expect(hostile).toContain("- Evil");
  });

  it("is written in the reader's language, times in the team's time zone", () => {
    const fr = renderRexMarkdown(rex, rexWords("fr", "Europe/Paris"));
    expect(fr).toContain("- Statut: publié le 20 nov. 2026");
    expect(fr).toContain("## Déroulement de l’incident");
    expect(fr).toContain("| Quand (Europe/Paris) | Quoi | Qui |");
    expect(fr).toContain("| 19 nov. 2026, 09:00 | Alert PostgresDown \\| fired | Alertmanager |");
    expect(fr).toMatch(/\| Enregistrement \| 2 min \|\n\| Traitement \| 30 min \|/);
    expect(fr).toContain("## Point faible\n\nA bad edit of pg_hba.conf.");
    expect(fr).toContain("## Action menée\n\n");
    expect(fr).toContain("- [ ] Lint pg_hba.conf in CI — Thomas Petit, échéance 1 déc. 2026");
    expect(fr).toContain("## Tableaux de bord sur la période de l’incident\n\n- [Système (node exporter)](https://grafana.example.org/d/vigie-system?");
  });

  it.each([
    ["Incident 1: PostgreSQL stopped", "incident-1-postgresql-stopped"],
    ["Arrêt de PostgreSQL « pg_hba » → redémarrage", "arret-de-postgresql-pg-hba-redemarrage"],
    ["Дмитрий", "rex"],
  ])("names the exports' file after the title: %j → %j", (title, expected) => {
    expect(rexFilename(title)).toBe(expected);
  });
});

