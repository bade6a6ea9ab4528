import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import type { NotificationModes } from "@/lib/domain/notifications/digest";
import { AppError } from "@/lib/errors";

/** A person chooses, per event, at once, in the digest, or off. Escalation is not theirs to turn off. */
export async function updateNotificationModes({ actor, modes }: { actor: Actor; modes: NotificationModes }) {
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in person has notification settings.");
  await prisma.notificationPreference.upsert({ where: { userId: actor.id }, create: { userId: actor.id, modes }, update: { modes } });
}
