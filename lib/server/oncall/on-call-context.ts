import type { Prisma } from "@/lib/generated/prisma/client";
import { canBeAssigned } from "@/lib/domain/permissions";
import type { Override } from "@/lib/domain/oncall/rotation";
import { getSettings } from "@/lib/server/settings/get-settings";

export type OnCallPerson = { id: string; name: string; email: string; role: "ADMIN" | "TECHNICIAN" | "OBSERVER" };

/**
 * What the on-call module needs at `now`: the rotation and time zone (team settings), the overrides not yet
 * over, and who can be on call (active people who work tickets: admins and technicians).
 */
export async function onCallContext(tx: Prisma.TransactionClient, now: Date) {
  const settings = await getSettings(tx);
  const [people, overrides] = await Promise.all([
    tx.user.findMany({ where: { active: true, role: { in: ["ADMIN", "TECHNICIAN"] } }, select: { id: true, name: true, email: true, role: true }, orderBy: { name: "asc" } }),
    tx.onCallOverride.findMany({ where: { endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, include: { user: { select: { name: true } } } }),
  ]);
  const byId = new Map<string, OnCallPerson>(people.filter((p) => canBeAssigned(p)).map((p) => [p.id, p]));
  return {
    context: {
      rotation: settings.onCallRotation,
      overrides: overrides.map((o): Override => ({ id: o.id, userId: o.userId, startsAt: o.startsAt, endsAt: o.endsAt, createdAt: o.createdAt })),
      timeZone: settings.timeZone,
      available: (id: string) => byId.has(id),
    },
    people: byId,
    overrides,
    settings,
  };
}
