import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";
import type { EscalationMessage } from "@/lib/domain/channels/message";
import { dueStep, longestEscalationMs, stepKey } from "@/lib/domain/escalation/schedule";
import type { Priority } from "@/lib/domain/priority";
import { publicUrl } from "@/lib/env";
import { escalationEmail, ticketLink } from "@/lib/mail/templates";
import { enqueueWebhooks } from "@/lib/server/channels/enqueue-webhooks";
import { notify } from "@/lib/server/notifications/notify";
import { onCallContext } from "@/lib/server/oncall/on-call-context";
import { recordEvents } from "@/lib/server/timeline/record-events";
import { recipientsOf } from "./recipients";

// Any constant shared by all instances: one runs the escalation at a time.
export const ESCALATION_LOCK = 7_301_014;

export type EscalationRun = { ran: boolean; notified: { ticketId: string; level: number; round: number; userIds: string[] }[] };

/**
 * The escalation job (risk R2): for each open ticket nobody acknowledged, the step its priority's policy has due
 * now is notified (email through the outbox, each enabled channel's webhook, a timeline event). Several
 * instances run it: the advisory lock lets one act, and the unique (ticket, level, round) row makes each step
 * notified once even if two runs overlapped.
 */
export async function runEscalation({ db = prisma, now = new Date() }: { db?: PrismaClient; now?: Date } = {}): Promise<EscalationRun> {
  return db.$transaction(async (tx) => {
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${ESCALATION_LOCK}) AS locked`;
    if (!lock?.locked) return { ran: false, notified: [] };
    const loaded = await onCallContext(tx, now);
    const policy = loaded.settings.escalationPolicy;
    const priorities = ([1, 2, 3, 4, 5, 6] as Priority[]).filter((p) => policy[p].enabled);
    if (priorities.length === 0) return { ran: true, notified: [] };
    const tickets = await tx.ticket.findMany({
      where: { step: { not: "CLOSURE" }, acknowledgedAt: null, priority: { in: priorities }, createdAt: { gt: new Date(now.getTime() - longestEscalationMs(policy)) } },
      select: { id: true, number: true, title: true, priority: true, createdAt: true, escalations: { select: { level: true, round: true } } },
      // Oldest first, then by number: one order every run (a person stormed by several tickets gets the oldest at once).
      orderBy: [{ createdAt: "asc" }, { number: "asc" }],
    });

    const run: EscalationRun = { ran: true, notified: [] };
    const message: EscalationMessage = { event: "escalation.notified", at: now.toISOString(), tickets: [] };
    for (const ticket of tickets) {
      const step = dueStep(policy[ticket.priority as Priority], ticket.createdAt, now, new Set(ticket.escalations.map(stepKey)));
      if (!step) continue;
      const people = recipientsOf(step.level, loaded, now);
      // Nobody at this level (no rotation, or no one else on call): nothing to record; level 3 follows.
      if (people.length === 0) continue;
      const userIds = people.map((p) => p.id);
      const inserted = await tx.$executeRaw`
        INSERT INTO "EscalationNotification" ("ticketId", "level", "round", "userIds", "notifiedAt")
        VALUES (${ticket.id}::uuid, ${step.level}, ${step.round}, ${userIds}::text[], ${now}) ON CONFLICT DO NOTHING`;
      if (inserted === 0) continue;
      const notified = people.map((p) => ({ id: p.id, name: p.name }));
      await recordEvents(tx, { kind: "SYSTEM", name: "Escalation" }, [{ ticketId: ticket.id, type: "escalation.notified", at: now, data: { level: step.level, round: step.round, notified } }]);
      const minutesOpen = Math.round((now.getTime() - ticket.createdAt.getTime()) / 60_000);
      const email = escalationEmail(publicUrl(), ticket, { level: step.level, round: step.round, minutesOpen });
      await notify(tx, { kind: "escalation.notified", to: people.map((p) => p.email), ticketId: ticket.id, ...email }, { now, alwaysImmediate: true });
      message.tickets.push({ id: ticket.id, number: ticket.number, title: ticket.title, priority: ticket.priority, url: ticketLink(publicUrl(), ticket), level: step.level, round: step.round, notified: people.map((p) => p.name) });
      run.notified.push({ ticketId: ticket.id, level: step.level, round: step.round, userIds });
    }
    // One message per run and channel: a storm's escalations arrive together rather than as fifty posts.
    await enqueueWebhooks(tx, message);
    return run;
  }, { timeout: 30_000 });
}
