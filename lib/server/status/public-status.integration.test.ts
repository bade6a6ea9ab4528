import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { StatusView } from "@/components/status/status-view";
import { messages } from "@/messages";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { atomFeed } from "./atom-feed";
import { getPublicStatus } from "./get-public-status";
import { postPublicUpdate } from "./post-public-update";
import { saveService } from "./save-service";

// The public page must never show what only the team may read. A ticket whose every internal field carries a
// marker (title, text, alert labels and annotations, host, follow-up, the people on it) affects a public service;
// the page and the feed show its state and the admins' words, and none of the markers.
const marker = `SECRET${randomUUID().slice(0, 8)}`;
let admin: Actor;
let serviceName: string;
const publicMessage = "Voting is unavailable; we are on it.";

const render = async () => {
  const view = await getPublicStatus(testDb());
  // The provider's props type requires `children` (createElement's third argument does not satisfy it).
  // eslint-disable-next-line react/no-children-prop
  const html = renderToStaticMarkup(createElement(NextIntlClientProvider, { locale: "en", messages: messages.en, timeZone: "UTC", children: createElement(StatusView, { view }) }));
  const feed = atomFeed(view, "https://status.example.org", { title: "Status", entryTitle: (t, s) => `${t}: ${s}`, status: (s) => s, locale: "en" });
  return { view, html, feed };
};

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
  const person = await testDb().user.update({ where: { id: admin.id }, data: { name: `Admin ${marker}person` } });
  admin = { ...admin, name: person.name };
  serviceName = `Vote ${randomUUID().slice(0, 6)}`;
  const service = await saveService({ actor: admin, input: { serviceId: null, name: serviceName, description: "Casting a ballot", position: 0, categories: [], riskCodes: [], labelMatchers: [`{job="vote-${marker}"}`] } });
  const labels = { alertname: `VoteDown${marker}`, job: `vote-${marker}`, instance: `db-${marker}.internal:5432`, severity: "critical" };
  for (const stated of [false, true]) {
    const ticket = await testDb().ticket.create({
      data: {
        title: `${marker} title PostgreSQL down on db-${marker}`, description: `${marker} description password=hunter2`, source: "ALERT", step: "TREATMENT", priority: 5,
        leadLabels: labels, assigneeId: admin.id, solution: `${marker} solution`, affectedServices: [serviceName],
        alerts: { create: { fingerprint: `${marker}-${stated}`, startsAt: new Date(), status: "FIRING", alertname: labels.alertname, groupKey: `{}:{alertname="${labels.alertname}"}`, labels, annotations: { summary: `${marker} summary`, runbook_url: `https://wiki/${marker}` } } },
        followUps: { create: { body: `${marker} follow-up`, authorId: admin.id } },
      },
    });
    if (stated) await postPublicUpdate({ actor: admin, input: { ticketId: ticket.id, title: "Voting is slow", serviceIds: [service.id], status: "INVESTIGATING", impact: "MAJOR_OUTAGE", message: publicMessage } });
  }
});

describe("the public status page", () => {
  it("shows the service's state and the admins' words", async () => {
    const { view, html, feed } = await render();
    const service = view.services.find((s) => s.name === serviceName)!;
    expect(service.state).toBe("MAJOR_OUTAGE");
    expect(view.active.map((i) => i.title)).toContain("Voting is slow");
    expect(html).toContain(serviceName);
    expect(html).toContain(publicMessage);
    expect(html).toContain("Major outage");
    expect(feed).toContain(publicMessage);
    expect(feed).toContain("<title>Voting is slow: INVESTIGATING</title>");
  });

  it("has no internal data: no ticket text, label, host or person in the read model, the HTML or the feed", async () => {
    const { view, html, feed } = await render();
    for (const [what, text] of [["read model", JSON.stringify(view)], ["html", html], ["feed", feed]] as const) {
      expect(text.includes(marker), `${what} leaks a marker`).toBe(false);
      expect(text.includes("hunter2"), `${what} leaks ticket text`).toBe(false);
    }
  });

  it("an unstated ticket counts by itself (partial outage for P5) once the statement is resolved", async () => {
    const incident = await testDb().publicIncident.findFirstOrThrow({ where: { title: "Voting is slow", services: { some: { service: { name: serviceName } } } } });
    await postPublicUpdate({ actor: admin, input: { ticketId: incident.ticketId, title: "", serviceIds: [], status: "RESOLVED", impact: "MAJOR_OUTAGE", message: "Voting works again." } });
    const { view, html } = await render();
    expect(view.services.find((s) => s.name === serviceName)!.state).toBe("PARTIAL_OUTAGE");
    expect(view.recent.map((i) => i.title)).toContain("Voting is slow");
    expect(html).toContain("Voting works again.");
    expect(html.includes(marker)).toBe(false);
  });
});
