import { describe, expect, it } from "vitest";
import { publicUrl } from "@/lib/env";
import { closedEmail } from "@/lib/mail/templates";
import { messageDomain, threadRootId } from "@/lib/mail/thread";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { enqueueEmail } from "./enqueue-email";

// Each recipient reads an email in their language: one outbox row per language, threaded like any other.
describe("an email to people of two languages", () => {
  it("is written once per language, the default language's first as the ticket's thread root", async () => {
    const ticket = await testDb().ticket.create({ data: { title: "Disque plein", source: "MANUAL" } });
    const [english, french, unset] = await Promise.all([createUserRecord(testDb()), createUserRecord(testDb()), createUserRecord(testDb())]);
    await testDb().user.update({ where: { id: english.id }, data: { locale: "en" } });
    await testDb().user.update({ where: { id: french.id }, data: { locale: "fr" } });
    const outsider = `nobody-${ticket.number}@vigie.test`;

    await testDb().$transaction(async (tx) => {
      await enqueueEmail(tx, { kind: "ticket.closed", to: [french.email, english.email, unset.email, outsider], ticketId: ticket.id, ...closedEmail("https://vigie.example", ticket, { by: "Alice Martin", note: "Disque agrandi." }) });
    });

    const rows = await testDb().outboxEmail.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    const [en, fr] = [rows.find((r) => r.to.includes(english.email))!, rows.find((r) => r.to.includes(french.email))!];
    // No setting of their own: VIGIE_DEFAULT_LOCALE (English here), and so are addresses that are nobody's account.
    expect(en.to.sort()).toEqual([english.email, unset.email, outsider].sort());
    expect(en.subject).toBe(`[Vigie #${ticket.number}] Closed: Disque plein`);
    expect(en.text).toContain("Alice Martin closed the incident.");
    expect(fr.to).toEqual([french.email]);
    expect(fr.subject).toBe(`[Vigie #${ticket.number}] Clôturé : Disque plein`);
    expect(fr.text).toContain("Alice Martin a clôturé l’incident.");
    expect(fr.text).toContain(`Le REX peut être rédigé à partir de lui : https://vigie.example/tickets/${ticket.id}`);
    // One thread whatever the language: the first is its root, the other replies to it.
    expect(en.messageId).toBe(threadRootId(ticket.id, messageDomain(publicUrl())));
    expect(fr.inReplyTo).toBe(en.messageId);
  });
});
