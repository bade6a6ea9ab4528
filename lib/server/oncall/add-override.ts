import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { instantOf, dayNumberOf } from "@/lib/domain/oncall/zoned-time";
import { canAddOnCallOverride } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { isId } from "@/lib/validations/ids";
import { getSettings } from "@/lib/server/settings/get-settings";

const MAX_DAYS = 62;

/** "YYYY-MM-DDTHH:MM" read on the team's clock. */
function teamInstant(local: string, timeZone: string): Date {
  const [date, time] = local.split("T") as [string, string];
  const [h, m] = time.split(":").map(Number);
  return new Date(instantOf(dayNumberOf(date), h! * 60 + m!, timeZone));
}

/** "I replace admin2 on Saturday": someone on call for a while, whatever the rotation says. */
export async function addOverride({ actor, input }: { actor: Actor; input: { userId: string; startsAt: string; endsAt: string; note: string } }) {
  assertCan(actor, "tickets.work");
  if (!isId(input.userId)) throw new AppError("NOT_FOUND", "No such person.");
  const person = await prisma.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true, active: true } });
  if (!person || !person.active) throw new AppError("NOT_FOUND", "No such person.");
  assertAllowed(canAddOnCallOverride(actor, person), actor.role === "ADMIN" ? sentence("Only admins and technicians can be on call.") : sentence("You can add an override for yourself only."));
  const { timeZone } = await getSettings(prisma);
  const startsAt = teamInstant(input.startsAt, timeZone);
  const endsAt = teamInstant(input.endsAt, timeZone);
  if (endsAt <= startsAt) throw new AppError("INVALID_INPUT", "The end comes after the start.", { fieldErrors: { endsAt: ["The end comes after the start."] } });
  if (endsAt.getTime() - startsAt.getTime() > MAX_DAYS * 86_400_000) throw new AppError("INVALID_INPUT", "An override lasts at most {days} days; change the rotation instead.", { values: { days: MAX_DAYS }, fieldErrors: { endsAt: [sentence("At most {days} days.")] } });
  if (endsAt <= new Date()) throw new AppError("INVALID_INPUT", "That time is already over.", { fieldErrors: { endsAt: ["That time is already over."] } });
  return prisma.onCallOverride.create({ data: { userId: person.id, startsAt, endsAt, note: input.note, createdById: actor.id } });
}
