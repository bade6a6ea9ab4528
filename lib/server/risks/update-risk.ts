import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import type { RiskFields } from "@/lib/validations/risk";
import { comparable, riskFields, toRiskData } from "./risk-data";

/** Admins edit a risk; every changed field is kept in its history, and a stale form is refused. */
export async function updateRisk({ actor, riskId, version, input }: { actor: Actor; riskId: string; version: number; input: RiskFields }) {
  assertCan(actor, "risks.manage");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Risk" WHERE "id" = ${riskId}::uuid FOR UPDATE`;
    const risk = await tx.risk.findUnique({ where: { id: riskId } });
    if (!risk) throw new AppError("NOT_FOUND", "No such risk.");
    if (risk.version !== version) throw new AppError("CONFLICT", "Someone changed this risk meanwhile; reload it and try again.");
    const data = toRiskData(input);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of riskFields) {
      const before = comparable(risk[field]);
      const after = comparable(data[field]);
      if (before !== after) changes[field] = { before, after };
    }
    if (Object.keys(changes).length === 0) return risk;
    const updated = await tx.risk.update({ where: { id: riskId }, data: { ...data, version: { increment: 1 } } });
    await tx.riskRevision.create({ data: { riskId, actorId: actor.kind === "user" ? actor.id : null, actorName: actor.name, changes: changes as object } });
    return updated;
  });
}
