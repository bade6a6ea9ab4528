import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

/** Turning a channel off also drops what it still had queued (at the next delivery run). */
export async function setChannelEnabled({ actor, channelId, enabled }: { actor: Actor; channelId: string; enabled: boolean }) {
  assertCan(actor, "oncall.manage");
  await prisma.$transaction(async (tx) => {
    const found = isId(channelId) ? await tx.channel.findUnique({ where: { id: channelId }, select: { name: true } }) : null;
    if (!found) throw new AppError("NOT_FOUND", "No such channel.");
    await tx.channel.update({ where: { id: channelId }, data: { enabled } });
    await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: `channel:${found.name}`, data: { enabled } });
  });
}
