import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { startTcpProxy } from "@/test/support/tcp-proxy";
import { deliverOutbox } from "./deliver-outbox";
import { outboxLedger } from "./deliver-outbox-ledger";
import { enqueueEmail } from "./enqueue-email";

// PostgreSQL fails right after an email was handed to a real SMTP server: the outbox reaches it through a proxy
// that the SMTP server cuts as it accepts the first message.
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let smtp: Awaited<ReturnType<typeof startSmtpCatcher>>;
let db: PrismaClient;
let cutOnNextEmail = false;

beforeAll(async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:25"; // any value: emails are queued PENDING, the test gives the transport
  resetEnv();
  const real = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port) });
  const viaProxy = new URL(real);
  viaProxy.port = String(proxy.port);
  db = createPrismaClient(viaProxy.toString(), 2);
  smtp = await startSmtpCatcher(0, () => {
    if (cutOnNextEmail) {
      cutOnNextEmail = false;
      proxy.down();
    }
  });
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnv();
  await db.$disconnect();
  await smtp.close();
  await proxy.close();
});

beforeEach(async () => {
  outboxLedger.forget();
  // Only this file's emails are due: older ones from other files wait.
  await testDb().outboxEmail.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } });
});

async function queue(count: number) {
  const ticket = await testDb().ticket.create({ data: { title: "Outbox and a failing database", source: "MANUAL" } });
  await testDb().$transaction(async (tx) => {
    for (let i = 0; i < count; i++) await enqueueEmail(tx, { kind: "test", to: ["soc@vigie.test"], subject: `Email ${i}`, text: "x", ticketId: ticket.id });
  });
  return testDb().outboxEmail.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
}
const received = (messageId: string) => smtp.emails.filter((e) => e.headers["message-id"] === messageId);

it("sends each email once when PostgreSQL fails after the first was sent, and the rest does not wait for the claim", async () => {
  const emails = await queue(3);
  const transport = nodemailer.createTransport(smtp.url);
  cutOnNextEmail = true;
  const first = await deliverOutbox({ db, transport });
  expect(first).toMatchObject({ claimed: 3, sent: 0, unrecorded: 1 });
  expect(received(emails[0]!.messageId)).toHaveLength(1);

  proxy.up();
  // The next run (5 s later in the app), long before the 2-minute claim would expire.
  const second = await deliverOutbox({ db, transport });
  expect(second).toMatchObject({ claimed: 2, sent: 2 });
  for (const email of emails) expect(received(email.messageId), email.subject).toHaveLength(1);
  const rows = await testDb().outboxEmail.findMany({ where: { id: { in: emails.map((e) => e.id) } } });
  expect(rows.every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
});

it("after a crash that lost what it knew, resends with the same Message-ID (a duplicate mail clients fold into one)", async () => {
  const [email] = await queue(1);
  const transport = nodemailer.createTransport(smtp.url);
  cutOnNextEmail = true;
  await deliverOutbox({ db, transport });
  proxy.up();
  outboxLedger.forget(); // the process died
  await testDb().outboxEmail.update({ where: { id: email!.id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } }); // the claim expired
  expect(await deliverOutbox({ db, transport })).toMatchObject({ sent: 1 });
  const copies = received(email!.messageId);
  expect(copies).toHaveLength(2);
  expect(copies[1]!.headers["message-id"]).toBe(copies[0]!.headers["message-id"]);
  expect(copies[0]!.headers["message-id"]).toBe(email!.messageId);
});
