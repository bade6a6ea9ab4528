import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { modesOf } from "@/lib/domain/notifications/digest";
import { AppError } from "@/lib/errors";

/** The signed-in person's own notification choices, with the team's digest window. */
export async function getNotificationModes({ actor }: { actor: Actor }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has notification settings.");
  const row = await prisma.notificationPreference.findUnique({ where: { userId: actor.id }, select: { modes: true } });
  return modesOf(row?.modes);
}
