import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { freePort } from "@/scripts/lib/net";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { deliverOutbox } from "./deliver-outbox";
import { enqueueEmail } from "./enqueue-email";

async function ticket() {
  return testDb().ticket.create({ data: { title: "Mail test", source: "MANUAL" } });
}

beforeAll(() => {
  process.env.SMTP_URL = "smtp://127.0.0.1:25"; // any value: emails are queued PENDING, the test gives the transport
  resetEnv();
});

beforeEach(async () => {
  // The job sends the oldest due emails first, 20 a run, whoever queued them: due emails another file left
  // (queued with SMTP_URL set, never delivered) took this file's place ("expected [] to have a length of 2").
  // Only this file's emails are due: older ones from other files wait.
  await testDb().outboxEmail.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } });
});

afterAll(() => {
  delete process.env.SMTP_URL;
  resetEnv();
});

describe("the email outbox", () => {
  it("sends queued emails after commit, threaded per ticket", async () => {
    const smtp = await startSmtpCatcher();
    try {
      const t = await ticket();
      await testDb().$transaction(async (tx) => {
        await enqueueEmail(tx, { kind: "ticket.registered", to: ["a1@vigie.test", "a2@vigie.test"], subject: "New", text: "first", ticketId: t.id });
        await enqueueEmail(tx, { kind: "ticket.assigned", to: ["tech@vigie.test"], subject: "Assigned", text: "second", ticketId: t.id });
      });
      const run = await deliverOutbox({ db: testDb(), transport: nodemailer.createTransport(smtp.url) });
      expect(run.sent).toBeGreaterThanOrEqual(2);
      const mine = smtp.emails.filter((e) => e.headers["message-id"]?.includes(t.id) || e.headers["in-reply-to"]?.includes(t.id));
      expect(mine).toHaveLength(2);
      const [first, second] = [mine.find((e) => e.subject === "New")!, mine.find((e) => e.subject === "Assigned")!];
      expect(first.to.sort()).toEqual(["a1@vigie.test", "a2@vigie.test"]);
      expect(first.headers["message-id"]).toBe(`<ticket-${t.id}@localhost>`);
      expect(second.to).toEqual(["tech@vigie.test"]);
      expect(second.headers["in-reply-to"]).toBe(`<ticket-${t.id}@localhost>`);
      expect(second.headers.references).toBe(`<ticket-${t.id}@localhost>`);
      const rows = await testDb().outboxEmail.findMany({ where: { ticketId: t.id } });
      expect(rows.every((r) => r.status === "SENT" && r.sentAt)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it("loses nothing while the SMTP server is down, and sends once it is back", async () => {
    const port = await freePort();
    const t = await ticket();
    await testDb().$transaction((tx) => enqueueEmail(tx, { kind: "test", to: ["soc@vigie.test"], subject: "While down", text: "x", ticketId: t.id }));
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`);

    const failed = await deliverOutbox({ db: testDb(), transport });
    expect(failed.failed).toBeGreaterThanOrEqual(1);
    const waiting = await testDb().outboxEmail.findFirstOrThrow({ where: { ticketId: t.id } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toMatch(/ECONNREFUSED/);
    expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    const smtp = await startSmtpCatcher(port);
    try {
      await testDb().outboxEmail.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date() } }); // the backoff has passed
      const run = await deliverOutbox({ db: testDb(), transport });
      expect(run.sent).toBeGreaterThanOrEqual(1);
      expect(smtp.emails.filter((e) => e.subject === "While down")).toHaveLength(1);
      expect(await testDb().outboxEmail.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SENT", attempts: 2 });
    } finally {
      await smtp.close();
    }
  });

  it("keeps emails unsent without SMTP_URL", async () => {
    delete process.env.SMTP_URL;
    resetEnv();
    const t = await ticket();
    await testDb().$transaction((tx) => enqueueEmail(tx, { kind: "test", to: ["x@vigie.test"], subject: "Kept", text: "x", ticketId: t.id }));
    expect(await testDb().outboxEmail.findFirstOrThrow({ where: { ticketId: t.id } })).toMatchObject({ status: "KEPT" });
    expect(await deliverOutbox({ db: testDb(), transport: null })).toEqual({ claimed: 0, sent: 0, failed: 0 });
  });
});
