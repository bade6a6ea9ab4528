import { beforeEach, describe, expect, it } from "vitest";
import { sealSecret } from "@/lib/auth/mfa";
import { freePort } from "@/scripts/lib/net";
import { testDb } from "@/test/support/db";
import { startReceiver } from "@/test/support/receiver";
import type { EscalationMessage } from "@/lib/domain/channels/message";
import { deliverWebhooks } from "./deliver-webhooks";
import { enqueueWebhooks } from "./enqueue-webhooks";

const message = (title: string): EscalationMessage => ({
  event: "escalation.notified",
  at: new Date().toISOString(),
  tickets: [{ id: "00000000-0000-4000-8000-000000000001", number: 1, title, priority: 6, url: "http://localhost/tickets/x", level: 1, round: 1, notified: ["Tech"] }],
});

beforeEach(async () => {
  // The job posts the oldest due webhooks first, 20 a run, whatever their channel: 25 due ones another file left
  // (the authorization matrix leaves its channel enabled, with nothing listening, and every escalation queues one
  // for it) took this file's place ("expected { …(11) } to match object { status: 'PENDING', attempts: 1 }").
  // Only this file's webhooks are due: older ones from other files wait.
  await testDb().outgoingWebhook.updateMany({ where: { status: "PENDING" }, data: { nextAttemptAt: new Date(Date.now() + 3_600_000) } });
});

describe("outgoing webhooks", () => {
  it("are retried with backoff while the receiver is down, and delivered once it is up", async () => {
    const port = await freePort();
    const channel = await testDb().channel.create({
      data: { name: "Mattermost", url: `http://127.0.0.1:${port}/hook`, format: "TEXT", secretHeaderName: "X-Vigie-Token", secretHeaderSealed: sealSecret("s3cret-token") },
    });
    try {
      await testDb().$transaction((tx) => enqueueWebhooks(tx, message("Receiver down")));
      const mine = () => testDb().outgoingWebhook.findFirstOrThrow({ where: { channelId: channel.id } });

      const failed = await deliverWebhooks({ db: testDb() });
      expect(failed.failed).toBeGreaterThanOrEqual(1);
      const waiting = await mine();
      expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(waiting.lastError).toMatch(/ECONNREFUSED|fetch failed/);
      expect(waiting.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
      // Not due yet: a run now leaves it alone.
      await deliverWebhooks({ db: testDb() });
      expect((await mine()).attempts).toBe(1);

      const receiver = await startReceiver(port);
      try {
        await testDb().outgoingWebhook.update({ where: { id: waiting.id }, data: { nextAttemptAt: new Date() } }); // the backoff has passed
        const run = await deliverWebhooks({ db: testDb() });
        expect(run.sent).toBeGreaterThanOrEqual(1);
        expect(receiver.received).toHaveLength(1);
        expect(receiver.received[0]!.headers["x-vigie-token"]).toBe("s3cret-token");
        expect(receiver.received[0]!.body).toEqual({ text: expect.stringContaining("#1 (priority 6) Receiver down") });
        expect(await mine()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
        await deliverWebhooks({ db: testDb() });
        expect(receiver.received).toHaveLength(1); // sent once
      } finally {
        await receiver.close();
      }
    } finally {
      await testDb().channel.update({ where: { id: channel.id }, data: { enabled: false } });
    }
  });

  it("counts a non-2xx answer as a failure, and drops what a disabled channel still had queued", async () => {
    const receiver = await startReceiver(0, 503);
    const channel = await testDb().channel.create({ data: { name: "JSON", url: receiver.url } });
    try {
      await testDb().$transaction((tx) => enqueueWebhooks(tx, message("Receiver busy")));
      await deliverWebhooks({ db: testDb() });
      const row = await testDb().outgoingWebhook.findFirstOrThrow({ where: { channelId: channel.id } });
      expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "HTTP 503" });
      expect(receiver.received[0]!.body).toMatchObject({ event: "escalation.notified", tickets: [{ title: "Receiver busy", level: 1 }] });

      await testDb().channel.update({ where: { id: channel.id }, data: { enabled: false } });
      await testDb().outgoingWebhook.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
      await deliverWebhooks({ db: testDb() });
      expect(await testDb().outgoingWebhook.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "DROPPED" });
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
      await testDb().channel.update({ where: { id: channel.id }, data: { enabled: false } });
    }
  });
});
