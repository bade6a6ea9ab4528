import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { getIncidentMetrics } from "@/lib/server/metrics/get-incident-metrics";
import { formStamp } from "./form-stamp";
import { judgeReport } from "./judge-report";
import { setPublicReports } from "./set-public-reports";
import { REPORT_RECEIVED, submitPublicReport } from "./submit-public-report";

// The request a server action would see: the address scripts/server.mjs sets, and the visitor's language.
const request = vi.hoisted(() => ({ address: "203.0.113.1", locale: "en" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-vigie-client-address": request.address }) }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));
const { submitPublicReportAction } = await import("@/lib/actions/public-report");

let admin: Actor;
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const reportsWith = (text: string) => testDb().ticket.findMany({ where: { source: "PUBLIC", description: { contains: text } }, include: { publicReport: true } });

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
});
beforeEach(async () => {
  await testDb().publicReportLimit.deleteMany({});
  await testDb().setting.deleteMany({ where: { key: "publicReports" } });
});

describe("a visitor reports a problem", () => {
  it("opens an unverified PUBLIC ticket in registration, notifies the admins, acknowledges in the reporter's language", async () => {
    const tag = randomUUID();
    const result = await submitPublicReport({ input: { description: `I cannot vote ${tag}`, serviceId: null, email: `voter-${tag}@example.org` }, address: address(), locale: "fr" });
    expect(result.message).toBe(REPORT_RECEIVED);
    const [ticket] = await reportsWith(tag);
    expect(ticket).toMatchObject({ step: "REGISTRATION", source: "PUBLIC", title: `I cannot vote ${tag}`, reporterId: null });
    expect(ticket!.publicReport).toMatchObject({ verifiedAt: null, locale: "fr", email: `voter-${tag}@example.org`, followsUpdates: false });
    const emails = await testDb().outboxEmail.findMany({ where: { OR: [{ ticketId: ticket!.id }, { to: { has: `voter-${tag}@example.org` } }] } });
    expect(emails.find((e) => e.kind === "ticket.registered")?.to).toContain(admin.email);
    const ack = emails.find((e) => e.kind === "report.acknowledged")!;
    expect(ack).toMatchObject({ subject: "Nous avons reçu votre signalement", ticketId: null });
    expect(ack.text).not.toContain(ticket!.id);
  });

  it("the 11th report from one address in a minute is refused with a clear message; another address still reports", async () => {
    const from = address();
    const tag = randomUUID();
    for (let i = 0; i < 10; i++) await submitPublicReport({ input: { description: `flood ${tag} ${i}`, serviceId: null, email: null }, address: from, locale: "en" });
    const refused = await submitPublicReport({ input: { description: `flood ${tag} 10`, serviceId: null, email: null }, address: from, locale: "en" }).catch((e: Error & { code?: string }) => e);
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as Error).message).toMatch(/^You have sent too many reports in a short time\. Wait \d+ seconds before sending another\.$/);
    expect(await reportsWith(tag)).toHaveLength(10);
    await submitPublicReport({ input: { description: `flood ${tag} elsewhere`, serviceId: null, email: null }, address: address(), locale: "en" });
    expect(await reportsWith(tag)).toHaveLength(11);
  });

  it("reports from many addresses are limited for everyone too", async () => {
    const tag = randomUUID();
    await testDb().publicReportLimit.create({ data: { key: "global", count: 60, windowStart: new Date() } });
    const refused = await submitPublicReport({ input: { description: `global ${tag}`, serviceId: null, email: null }, address: address(), locale: "en" }).catch((e: Error & { code?: string }) => e);
    expect(refused).toMatchObject({ code: "RATE_LIMITED" });
    expect((refused as Error).message).toMatch(/^Too many reports are arriving right now/);
    expect(await reportsWith(tag)).toHaveLength(0);
  });

  it("the form turned off refuses reports", async () => {
    await setPublicReports({ actor: admin, enabled: false });
    await expect(submitPublicReport({ input: { description: "I cannot vote at all", serviceId: null, email: null }, address: address(), locale: "en" })).rejects.toMatchObject({ code: "UNAVAILABLE" });
  });
});

describe("publicAction: the form's guards", () => {
  it("a filled honeypot gets the same answer as a real report, and nothing is stored", async () => {
    const tag = randomUUID();
    const result = await submitPublicReportAction(null, form({ description: `bot ${tag} buy now`, website: "http://spam.example", stamp: formStamp(Date.now() - 10_000) }));
    expect(result).toEqual({ ok: true, message: REPORT_RECEIVED });
    expect(await reportsWith(tag)).toHaveLength(0);
  });

  it("a form sent faster than a person types is refused; a forged or stale stamp too; then a real one passes, as plain text", async () => {
    const tag = randomUUID();
    const fast = await submitPublicReportAction(null, form({ description: `fast ${tag} report`, stamp: formStamp() }));
    expect(fast).toMatchObject({ ok: false, error: "That was quick: read what you wrote once more, then send it again." });
    const forged = await submitPublicReportAction(null, form({ description: `forged ${tag} report`, stamp: `${Date.now() - 10_000}.forged` }));
    expect(forged).toMatchObject({ ok: false, error: "This form was open for too long. Reload the page and send it again." });
    request.address = address();
    request.locale = "fr";
    const sent = await submitPublicReportAction(null, form({ description: `<b>Le vote</b> est cassé <script>alert(1)</script>${tag}`, stamp: formStamp(Date.now() - 10_000) }));
    expect(sent).toEqual({ ok: true, message: "Merci : votre signalement est parvenu à l’équipe. Suivez l’état de la plateforme sur cette page." });
    expect((await reportsWith(tag)).map((t) => t.description)).toEqual([`Le vote est cassé ${tag}`]);
  });

  it("a body beyond the size limit is refused before anything is read", async () => {
    request.locale = "en";
    const result = await submitPublicReportAction(null, form({ description: "x".repeat(25_000), stamp: formStamp(Date.now() - 10_000) }));
    expect(result).toMatchObject({ ok: false, error: "This is too long to send. Shorten it and send it again." });
  });
});

describe("an admin marks a report as spam", () => {
  it("closes it and leaves it out of the metrics", async () => {
    const tag = randomUUID();
    await submitPublicReport({ input: { description: `spam ${tag} cheap pills`, serviceId: null, email: null }, address: address(), locale: "en" });
    const [ticket] = await reportsWith(tag);
    const before = (await getIncidentMetrics({ actor: admin, days: 1 })).total;
    await judgeReport({ actor: admin, ticketId: ticket!.id, judgement: "spam" });
    expect(await testDb().ticket.findUniqueOrThrow({ where: { id: ticket!.id } })).toMatchObject({ step: "CLOSURE", closureReason: "SPAM" });
    expect((await getIncidentMetrics({ actor: admin, days: 1 })).total).toBe(before - 1);
    await expect(judgeReport({ actor: admin, ticketId: ticket!.id, judgement: "confirm" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
