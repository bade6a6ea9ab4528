import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { canJudgeReport } from "@/lib/domain/permissions";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { bumpStatusVersion, forgetCachedStatus } from "./status-cache";

export type Judgement = "confirm" | "spam" | "followUpdates" | "stopUpdates";

/**
 * An admin's word on a visitor's report: confirmed (it then counts toward its service's public state), spam
 * (closed at once, left out of the metrics), or whether its reporter is emailed the public updates.
 * Spam is not a step of the plan's lifecycle: it closes the ticket here (version, event) rather than offering
 * "spam" on every ticket's page, and records no step span: the time a spam waited is not the team's time.
 */
export async function judgeReport({ actor, ticketId, judgement, now = new Date() }: { actor: Actor; ticketId: string; judgement: Judgement; now?: Date }) {
  assertCan(actor, "status.manage");
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${ticketId}::uuid FOR UPDATE`;
    const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { id: true, source: true, step: true, publicReport: { select: { id: true, email: true } } } });
    if (!ticket?.publicReport) throw new AppError("NOT_FOUND", "No such public report.");
    const report = ticket.publicReport;
    if (judgement === "followUpdates" || judgement === "stopUpdates") {
      if (judgement === "followUpdates" && !report.email) throw new AppError("INVALID_INPUT", "This reporter left no email.");
      await tx.publicReport.update({ where: { id: report.id }, data: { followsUpdates: judgement === "followUpdates" } });
      if (judgement === "followUpdates") await recordEvents(tx, eventActor(actor), [{ ticketId, type: "report.follows_updates", at: now }]);
      return;
    }
    assertAllowed(canJudgeReport(actor, ticket), "Only an open public report can be confirmed or marked as spam.");
    if (judgement === "confirm") {
      await tx.publicReport.update({ where: { id: report.id }, data: { verifiedAt: now } });
      await recordEvents(tx, eventActor(actor), [{ ticketId, type: "report.confirmed", at: now }]);
    } else {
      await tx.ticket.update({
        where: { id: ticketId },
        data: { step: "CLOSURE", stepChangedAt: now, closedAt: now, closureReason: "SPAM", closingNote: "Spam.", openGroupKey: null, version: { increment: 1 } },
      });
      await tx.publicReport.update({ where: { id: report.id }, data: { followsUpdates: false } });
      await recordEvents(tx, eventActor(actor), [{ ticketId, type: "report.spam", at: now, data: { from: ticket.step, to: "CLOSURE" } }]);
    }
    await bumpStatusVersion(tx);
  });
  forgetCachedStatus();
}
