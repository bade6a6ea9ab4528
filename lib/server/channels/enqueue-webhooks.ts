import type { Prisma } from "@/lib/generated/prisma/client";
import { webhookBody, type EscalationMessage } from "@/lib/domain/channels/message";
import { env } from "@/lib/env";

/** Queues a message to every enabled channel, in the caller's transaction: it leaves only if the change commits. */
export async function enqueueWebhooks(tx: Prisma.TransactionClient, message: EscalationMessage): Promise<number> {
  if (message.tickets.length === 0) return 0;
  const channels = await tx.channel.findMany({ where: { enabled: true }, select: { id: true, format: true } });
  await tx.outgoingWebhook.createMany({
    data: channels.map((c) => ({ channelId: c.id, kind: message.event, ticketId: message.tickets.length === 1 ? message.tickets[0]!.id : null, body: webhookBody(c.format, message, env().VIGIE_DEFAULT_LOCALE) as Prisma.InputJsonValue })),
  });
  return channels.length;
}
