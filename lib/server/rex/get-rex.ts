import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { dashboardLinks, incidentWindow } from "@/lib/domain/dashboards";
import type { CourseEntry } from "@/lib/domain/rex/draft";
import type { RexDocument } from "@/lib/domain/rex/markdown";
import { env, publicUrl } from "@/lib/env";
import { canReadRex } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";

/** A REX with what its page and exports show. Observers read published REX only. */
export async function getRex({ actor, rexId }: { actor: Actor; rexId: string }) {
  assertCan(actor, "read");
  if (!isId(rexId)) throw new AppError("NOT_FOUND", "No such REX.");
  const rex = await prisma.rex.findUnique({
    where: { id: rexId },
    include: { author: { select: { id: true, name: true } }, ticket: { select: { id: true, number: true } }, measures: { orderBy: { createdAt: "asc" }, include: { owner: { select: { id: true, name: true } } } } },
  });
  if (!rex || !canReadRex(actor, rex)) throw new AppError("NOT_FOUND", "No such REX.");
  return rex;
}

export type RexDetail = Awaited<ReturnType<typeof getRex>>;

export function toRexDocument(rex: RexDetail, now = new Date()): RexDocument {
  const grafana = env().GRAFANA_URL;
  return {
    title: rex.title,
    status: rex.status,
    author: rex.author?.name ?? null,
    publishedAt: rex.publishedAt,
    ticket: rex.ticket ? { number: rex.ticket.number, url: `${publicUrl()}/tickets/${rex.ticket.id}` } : null,
    riskCodes: rex.riskCodes,
    incidentStart: rex.incidentStart,
    incidentEnd: rex.incidentEnd,
    context: rex.context,
    course: rex.course as CourseEntry[],
    courseNarrative: rex.courseNarrative,
    stepDurations: rex.stepDurations as RexDocument["stepDurations"],
    solution: rex.solution,
    weakPoint: rex.weakPoint,
    actionsTaken: rex.actionsTaken,
    recommendations: rex.recommendations,
    measures: rex.measures.map((m) => ({ title: m.title, owner: m.owner?.name ?? null, dueDate: m.dueDate, state: m.state, deferReason: m.deferReason })),
    dashboards: grafana && rex.incidentStart ? dashboardLinks(grafana, incidentWindow(rex.incidentStart, rex.incidentEnd, now)) : [],
  };
}
