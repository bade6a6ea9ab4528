import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { QuorumPolicy } from "@/lib/domain/lifecycle/quorum";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

/** Admins choose how the admin group validates solutions; it applies to the next approval. */
export async function updateQuorumPolicy({ actor, policy }: { actor: Actor; policy: QuorumPolicy }) {
  assertCan(actor, "administer");
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: "quorumPolicy" },
      create: { key: "quorumPolicy", value: policy, updatedBy: actor.id },
      update: { value: policy, updatedBy: actor.id },
    });
    await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: "quorumPolicy", data: { value: policy } });
  });
}
