import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Refuses a change that would leave Vigie without an active admin (nobody could undo it). */
export async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  // Lock the admins' rows so two concurrent demotions cannot both pass the check.
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" = true FOR UPDATE`;
  if (admins.every((a) => a.id === userId)) {
    throw new AppError("CONFLICT", "This is the last active admin: make another admin first.");
  }
}
