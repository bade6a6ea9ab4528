import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { incidentMetrics } from "@/lib/domain/metrics";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { getSettings } from "@/lib/server/settings/get-settings";

/** The metrics page's numbers for the tickets registered in the period, plus the time spent in each step. */
export async function getIncidentMetrics({ actor, days, now = new Date() }: { actor: Actor; days: number; now?: Date }) {
  assertCan(actor, "read");
  const from = new Date(now.getTime() - days * 86_400_000);
  const [tickets, spans, settings] = await Promise.all([
    // A duplicate or a merged ticket is the same incident as another: counted once, there. Spam is no incident.
    prisma.ticket.findMany({
      where: { createdAt: { gte: from }, duplicateOfId: null, OR: [{ closureReason: null }, { closureReason: { not: "SPAM" } }] },
      select: { createdAt: true, acknowledgedAt: true, assignedAt: true, solvedAt: true, priority: true, category: true, riskCodes: true },
    }),
    prisma.stepSpan.groupBy({ by: ["step"], where: { leftAt: { gte: from } }, _avg: { seconds: true }, _count: { _all: true } }),
    getSettings(prisma),
  ]);
  const byStep = new Map(spans.map((s) => [s.step as Step, s]));
  return {
    from,
    to: now,
    ...incidentMetrics(tickets, { from, to: now }, settings.slaTargets),
    timeInStep: steps.filter((s) => s !== "CLOSURE").map((step) => ({ step, averageMinutes: Math.round((byStep.get(step)?._avg.seconds ?? 0) / 60), samples: byStep.get(step)?._count._all ?? 0 })),
  };
}

export type IncidentMetricsView = Awaited<ReturnType<typeof getIncidentMetrics>>;
