import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { EscalationPolicy } from "@/lib/domain/escalation/schedule";
import { writeSetting } from "@/lib/server/settings/write-setting";

/** Applies from the next run of the escalation job, to tickets already open too. */
export async function updateEscalationPolicy({ actor, policy }: { actor: Actor; policy: EscalationPolicy }) {
  assertCan(actor, "oncall.manage");
  await prisma.$transaction((tx) => writeSetting(tx, actor, "escalationPolicy", policy));
}
