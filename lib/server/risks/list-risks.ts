import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { criticalityOf, type RiskLevel } from "@/lib/domain/risk";

/** The register with each risk's criticality and the incidents that realised it (in total and in 90 days). */
export async function listRisks({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "read");
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const [risks, incidents] = await Promise.all([
    prisma.risk.findMany({ orderBy: { code: "asc" }, include: { owner: { select: { id: true, name: true } } } }),
    prisma.$queryRaw<{ code: string; total: bigint; recent: bigint }[]>`
      SELECT code, count(*) AS total, count(*) FILTER (WHERE "createdAt" >= ${since}) AS recent
      FROM "Ticket", unnest("riskCodes") AS code GROUP BY code`,
  ]);
  const byCode = new Map(incidents.map((i) => [i.code, { total: Number(i.total), recent: Number(i.recent) }]));
  return risks
    .map((r) => ({ ...r, criticality: criticalityOf(r.impact as RiskLevel, r.probability as RiskLevel), incidents: incidentsOf(byCode.get(r.code), r.incidentsDeleted) }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
}

// Tickets retention deleted still count in the total (they were closed over 90 days ago, never in "recent").
const incidentsOf = (found: { total: number; recent: number } | undefined, deleted: number) => ({ total: (found?.total ?? 0) + deleted, recent: found?.recent ?? 0 });

export type RiskRow = Awaited<ReturnType<typeof listRisks>>[number];
