import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { bumpStatusVersion, forgetCachedStatus } from "./status-cache";

/** Admins turn the public report form off (a flood, a campaign) and on again; the page says so at once. */
export async function setPublicReports({ actor, enabled }: { actor: Actor; enabled: boolean }) {
  assertCan(actor, "status.manage");
  await prisma.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: "publicReports" }, create: { key: "publicReports", value: enabled, updatedBy: actor.id }, update: { value: enabled, updatedBy: actor.id } });
    await recordSecurityEvent(tx, { type: "setting.changed", actor, subject: "publicReports", data: { value: enabled } });
    await bumpStatusVersion(tx);
  });
  forgetCachedStatus();
}
