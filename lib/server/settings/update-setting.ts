import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Settings } from "@/lib/validations/settings";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

/**
 * Admins edit the team settings. A new matrix or SLA applies from the next classification and to the clocks
 * shown from now on; priorities already set are kept (they were decided with the matrix of their time).
 */
export async function updateSetting<K extends "priorityMatrix" | "slaTargets" | "requireAdminMfa" | "selfAssign">({ actor, key, value }: { actor: Actor; key: K; value: Settings[K] }) {
  assertCan(actor, "administer");
  const json = value as unknown as Prisma.InputJsonValue;
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key }, create: { key, value: json, updatedBy: actor.id }, update: { value: json, updatedBy: actor.id } });
    await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: key, data: key === "requireAdminMfa" || key === "selfAssign" ? { value: json } : {} });
  });
}
