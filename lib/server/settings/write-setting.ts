import type { Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import type { SettingKey } from "@/lib/validations/settings";

/** Stores one team setting and its audit line, in the caller's transaction (the caller authorised the actor). */
export async function writeSetting(tx: Prisma.TransactionClient, actor: Actor, key: SettingKey, value: unknown, audit: Prisma.InputJsonValue = {}) {
  // "No rotation" is stored as JSON null, which Prisma spells JsonNull.
  const json = value === null ? Prisma.JsonNull : (value as Prisma.InputJsonValue);
  await tx.setting.upsert({ where: { key }, create: { key, value: json, updatedBy: actor.id }, update: { value: json, updatedBy: actor.id } });
  await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: key, data: audit });
}
