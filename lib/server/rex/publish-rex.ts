import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { missingForPublishing, type PublishSection } from "@/lib/domain/rex/publishing";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";

// Said beside each empty section when publishing is refused (the page lists them in the reader's language).
const toWrite: Record<PublishSection, string> = {
  courseNarrative: sentence("Write the course of the incident."),
  weakPoint: sentence("Write the weak point."),
  actionsTaken: sentence("Write the actions taken."),
  recommendations: sentence("Write the recommendations."),
};

/** An admin publishes a REX once its sections are written: it becomes readable by everyone, observers included. */
export async function publishRex({ actor, rexId }: { actor: Actor; rexId: string }) {
  assertCan(actor, "rex.publish");
  return prisma.$transaction(async (tx) => {
    // Locked: an edit saved meanwhile cannot empty a section between the check and the publication.
    await tx.$queryRaw`SELECT 1 FROM "Rex" WHERE "id" = ${rexId}::uuid FOR UPDATE`;
    const rex = await tx.rex.findUnique({ where: { id: rexId }, select: { status: true, courseNarrative: true, weakPoint: true, actionsTaken: true, recommendations: true } });
    if (!rex || rex.status !== "DRAFT") throw new AppError("CONFLICT", "No such draft REX.");
    const missing = missingForPublishing(rex);
    if (missing.length) {
      throw new AppError("INVALID_INPUT", "Publishing needs the sections of the plan’s REX: write them and save, then publish.", {
        fieldErrors: Object.fromEntries(missing.map((section) => [section, [toWrite[section]]])),
      });
    }
    await tx.rex.update({ where: { id: rexId }, data: { status: "PUBLISHED", publishedAt: new Date(), version: { increment: 1 } } });
  });
}
