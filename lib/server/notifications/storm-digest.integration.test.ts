import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { POST } from "@/app/api/alertmanager/route";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { flushDigests } from "./flush-digests";

beforeAll(() => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  process.env.SMTP_URL = "smtp://127.0.0.1:25"; // queued PENDING; the test hands the transport to the outbox
  resetEnv();
});

afterAll(() => {
  delete process.env.SMTP_URL;
  resetEnv();
});

describe("a 50-ticket storm", () => {
  it("gives each admin the first new-incident email at once and the 49 others in one digest, on a real SMTP server", async () => {
    // Digests other files' admins still have due are not this storm's: send them first.
    await flushDigests({ db: testDb(), now: new Date(Date.now() + 24 * 3_600_000) });
    const admins = await Promise.all([0, 1, 2].map(() => createUserRecord(testDb(), { role: "ADMIN" })));
    const started = new Date();
    // Ten deliveries at a time, as Alertmanager's groups arrive side by side.
    const groups = Array.from({ length: 50 }, () => uniqueGroup());
    for (let i = 0; i < 50; i += 10) {
      const statuses = await Promise.all(groups.slice(i, i + 10).map(async (g) => (await POST(webhookRequest(g.payload([g.alert()])))).status));
      expect(statuses.every((s) => s === 200)).toBe(true);
    }
    const tickets = await testDb().ticket.findMany({ where: { groupKey: { in: groups.map((g) => g.groupKey) } }, select: { id: true, number: true } });
    expect(tickets).toHaveLength(50);

    // Before the window ends, nothing is due; then one digest per admin.
    expect((await flushDigests({ db: testDb(), now: new Date(started.getTime() + 60_000) })).digests).toBe(0);
    const flushed = await flushDigests({ db: testDb(), now: new Date(Date.now() + 2 * 60_000 + 1_000) });
    expect(flushed.digests).toBeGreaterThanOrEqual(3);

    const smtp = await startSmtpCatcher();
    try {
      const transport = nodemailer.createTransport(smtp.url);
      while ((await deliverOutbox({ db: testDb(), transport, batch: 100 })).claimed > 0);
      const ids = new Set(tickets.map((t) => t.id));
      const aboutStorm = (body: string, messageId: string) => [...ids].some((id) => body.includes(id) || messageId.includes(id));
      for (const admin of admins) {
        const mine = smtp.emails.filter((e) => e.to.includes(admin.email) && aboutStorm(e.body, e.headers["message-id"] ?? ""));
        expect(mine.map((e) => e.subject.replace(/#\d+/, "#N").replace(/: .*/, ""))).toEqual(["[Vigie #N] New incident", "[Vigie] Digest"]);
        const [first, digest] = mine as [(typeof mine)[0], (typeof mine)[0]];
        expect(first.headers["message-id"]).toMatch(/^<ticket-/); // the root of its ticket's thread
        expect(digest.subject).toBe("[Vigie] Digest: 49 new incidents");
        expect(digest.headers["message-id"]).not.toMatch(/ticket-/); // its own thread
        expect(digest.headers["in-reply-to"]).toBeUndefined();
        // Every other ticket of the storm is listed once.
        const listed = tickets.filter((t) => digest.body.includes(`/tickets/${t.id}`));
        expect(listed).toHaveLength(49);
        expect(listed.map((t) => t.id)).not.toContain([...ids].find((id) => first.headers["message-id"]!.includes(id)));
      }
      const stormMessages = smtp.emails.filter((e) => aboutStorm(e.body, e.headers["message-id"] ?? ""));
      console.log(`50-ticket storm: ${stormMessages.length} messages, ${stormMessages.reduce((n, e) => n + e.to.length, 0)} recipient deliveries (${admins.length} admins of this test; every active admin of the database receives them)`);
    } finally {
      await smtp.close();
    }
  });
});
