import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { renderRexMarkdown } from "@/lib/domain/rex/markdown";
import { rexWords } from "@/lib/i18n/rex-words";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { getRex, toRexDocument } from "./get-rex";
import { listRexes } from "./list-rexes";
import { renderRexPdf } from "./render-rex-pdf";
import { createRexFromTicket } from "./create-rex-from-ticket";
import { publishRex } from "./publish-rex";
import { updateRex } from "./update-rex";

const en = rexWords("en", "UTC");
const fr = rexWords("fr", "Europe/Paris");
let admin: Actor;
let tech: Actor;
let observer: Actor;
const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
if (!hasPdftotext && process.env.CI === "true") throw new Error("CI must check the PDF's text: apt-get install poppler-utils");

function pdfText(pdf: Buffer): string {
  const result = spawnSync("pdftotext", ["-layout", "-", "-"], { input: pdf, encoding: "utf8", timeout: 20_000 });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

async function closedTicket() {
  const t = (m: number) => new Date(Date.UTC(2026, 10, 20, 8, m));
  const ticket = await testDb().ticket.create({
    data: { title: "PostgreSQL is down", description: "Votes cannot be recorded.", source: "ALERT", step: "CLOSURE", closedAt: t(90), solution: "Fixed pg_hba.conf and restarted PostgreSQL.", riskCodes: ["R3"], createdAt: t(1) },
  });
  await testDb().alert.create({ data: { fingerprint: `rex-${ticket.id}`, startsAt: t(0), endsAt: t(30), status: "RESOLVED", alertname: "PostgresDown", groupKey: "rex", labels: { instance: "db:9187" }, annotations: {}, ticketId: ticket.id } });
  await testDb().timelineEvent.createMany({
    data: [
      { ticketId: ticket.id, at: t(1), type: "ticket.registered", actorKind: "ALERTMANAGER", actorName: "Alertmanager", data: { source: "ALERT" } },
      { ticketId: ticket.id, at: t(20), type: "follow_up.added", actorKind: "USER", actorName: "Thomas Petit", data: { body: "Stray characters on line 92 of pg_hba.conf" } },
    ],
  });
  await testDb().stepSpan.create({ data: { ticketId: ticket.id, step: "TREATMENT", enteredAt: t(5), leftAt: t(35), seconds: 1_800 } });
  return ticket;
}

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
  tech = await actorWithRole("TECHNICIAN");
  observer = await actorWithRole("OBSERVER");
});

describe("REX", () => {
  it("is drafted from a closed ticket, completed by people, and published", async () => {
    const ticket = await closedTicket();
    const { id } = await createRexFromTicket({ actor: tech, ticketId: ticket.id });
    expect((await createRexFromTicket({ actor: tech, ticketId: ticket.id })).id).toBe(id); // one per ticket
    await expect(getRex({ actor: observer, rexId: id })).rejects.toMatchObject({ code: "NOT_FOUND" }); // drafts are not for observers

    const draft = await getRex({ actor: tech, rexId: id });
    expect(draft).toMatchObject({ title: expect.stringContaining("PostgreSQL is down"), status: "DRAFT", riskCodes: ["R3"], solution: "Fixed pg_hba.conf and restarted PostgreSQL." });
    expect(JSON.stringify(draft.course)).toContain("Alert PostgresDown on db:9187 fired");
    expect(JSON.stringify(draft.course)).toContain("Follow-up: Stray characters on line 92 of pg_hba.conf");

    await updateRex({ actor: tech, rexId: id, version: 0, input: { title: draft.title, context: draft.context, courseNarrative: "", weakPoint: "An unreviewed edit of pg_hba.conf.", actionsTaken: "", recommendations: "Review configuration changes before reloading.", riskCodes: ["R3"] } });
    await expect(publishRex({ actor: tech, rexId: id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The plan's REX has a course, a weak point, an action taken and recommendations: publishing waits for all four.
    await expect(publishRex({ actor: admin, rexId: id })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { courseNarrative: ["Write the course of the incident."], actionsTaken: ["Write the actions taken."] } },
    });
    expect((await getRex({ actor: tech, rexId: id })).status).toBe("DRAFT");
    await updateRex({ actor: tech, rexId: id, version: 1, input: { title: draft.title, context: draft.context, courseNarrative: "PostgreSQL stopped;\r\nvotes could not be recorded.", weakPoint: "An unreviewed edit of pg_hba.conf.", actionsTaken: "Removed the characters; restarted.", recommendations: "Review configuration changes before reloading.", riskCodes: ["R3"] } });
    await publishRex({ actor: admin, rexId: id });
    const published = await getRex({ actor: observer, rexId: id });
    expect(published).toMatchObject({ status: "PUBLISHED", weakPoint: "An unreviewed edit of pg_hba.conf." });

    const md = renderRexMarkdown(toRexDocument(published), en);
    expect(md).toContain("| 20 Nov 2026, 08:00 | Alert PostgresDown on db:9187 fired | Alertmanager |");
    expect(md).toContain("| Treatment | 30 min |");

    if (!hasPdftotext) return console.warn("skipped the PDF text check: pdftotext (poppler-utils) is missing");
    const text = pdfText(await renderRexPdf(toRexDocument(published), en));
    expect(text).toContain("Course of the incident");
    expect(text).toMatch(/Alert PostgresDown on db:9187\s+fired/);
    expect(text).toContain("Stray characters on line 92");
    expect(text).toContain("Review configuration changes before reloading.");
  });

  it("refuses a REX for a ticket that is not closed", async () => {
    const open = await testDb().ticket.create({ data: { title: "open", source: "MANUAL" } });
    await expect(createRexFromTicket({ actor: tech, ticketId: open.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createRexFromTicket({ actor: observer, ticketId: open.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("holds the keynote's two incidents as published REX, searchable, in Markdown", async () => {
    const found = await listRexes({ actor: observer, text: "pg_hba" });
    expect(found.map((r) => r.title)).toContain("Incident 1: the PostgreSQL service stopped");
    const failover = await listRexes({ actor: observer, text: "failover" });
    expect(failover.map((r) => r.title)).toContain("Incident 2: the web application crashed");
    const md = renderRexMarkdown(toRexDocument(await getRex({ actor: observer, rexId: found.find((r) => r.title.startsWith("Incident 1"))!.id })), en);
    expect(md).toContain("## Weak point\n\nA configuration error in PostgreSQL's pg_hba.conf file");
    expect(md).toContain("## Recommendations\n\nBe vigilant when modifying configuration files.");
  });

  it("prints French, names and symbols in the reader's language, and line breaks typed in a text box as line breaks", async () => {
    const ticket = await closedTicket();
    const { id } = await createRexFromTicket({ actor: tech, ticketId: ticket.id, words: fr });
    const rex = await getRex({ actor: tech, rexId: id });
    expect(JSON.stringify(rex.course)).toContain("Alerte PostgresDown déclenchée sur db:9187");
    await updateRex({
      actor: tech, rexId: id, version: 0,
      input: { title: "Arrêt de PostgreSQL « pg_hba » → redémarrage", context: "", courseNarrative: "Première ligne : l’arrêt.\r\nDeuxième ligne : Ønskeløs Łukasz, Дмитрий.\rTroisième ligne.", weakPoint: "Caractères erronés dans pg_hba.conf (ligne 92).", actionsTaken: "Suppression des caractères ; redémarrage du service.", recommendations: "Être vigilant : relire chaque modification — 100 € × 2.", riskCodes: ["R3"] },
    });
    await publishRex({ actor: admin, rexId: id });
    const document = toRexDocument(await getRex({ actor: tech, rexId: id }));
    expect(renderRexMarkdown(document, fr)).toContain("## Point faible\n\nCaractères erronés dans pg_hba.conf (ligne 92).");
    if (!hasPdftotext) return console.warn("skipped the PDF text check: pdftotext (poppler-utils) is missing");
    const text = pdfText(await renderRexPdf(document, fr));
    expect(text).toContain("Arrêt de PostgreSQL « pg_hba » → redémarrage");
    for (const heading of ["Déroulement de l’incident", "Point faible", "Action menée", "Recommandations", "Temps passé à chaque étape"]) expect(text).toContain(heading);
    // Each typed line on its own line, nothing printed for the carriage returns.
    expect(text).toMatch(/Première ligne : l’arrêt\.\s*\n\s*Deuxième ligne : Ønskeløs Łukasz, Дмитрий\.\s*\n\s*Troisième ligne\./);
    expect(text).not.toMatch(/[ÐÞ\r]/);
    expect(text).toContain("Être vigilant : relire chaque modification — 100 € × 2.");
    expect(text).toMatch(/Alerte PostgresDown déclenchée sur\s+db:9187/);
  });
});
