import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { sealSecret } from "@/lib/auth/mfa";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

type ChannelInput = { name: string; url: string; format: "JSON" | "TEXT"; secretHeaderName: string; secretHeaderValue: string };

/** Admins add an outgoing webhook; escalations are posted to it from the next one on. */
export async function createChannel({ actor, input }: { actor: Actor; input: ChannelInput }) {
  assertCan(actor, "oncall.manage");
  return prisma.$transaction(async (tx) => {
    const channel = await tx.channel.create({
      data: {
        name: input.name,
        url: input.url,
        format: input.format,
        secretHeaderName: input.secretHeaderName || null,
        secretHeaderSealed: input.secretHeaderValue ? sealSecret(input.secretHeaderValue) : null,
      },
      select: { id: true },
    });
    await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: `channel:${input.name}`, data: { url: input.url, format: input.format, secretHeader: input.secretHeaderName || null } });
    return channel;
  });
}
