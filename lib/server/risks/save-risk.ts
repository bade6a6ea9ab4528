import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import type { RiskFields } from "@/lib/validations/risk";

const fields = ["description", "impact", "probability", "consequences", "strategy", "treatment", "ownerId", "reviewDate"] as const;

function toData(input: RiskFields) {
  return { ...input, reviewDate: input.reviewDate ? new Date(`${input.reviewDate}T00:00:00Z`) : null };
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null));

/** Admins add a risk to the register; its creation is the first entry of its history. */
export async function createRisk({ actor, input }: { actor: Actor; input: RiskFields & { code: string } }) {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    if (await tx.risk.findUnique({ where: { code: input.code } })) throw new AppError("CONFLICT", `${input.code} already exists.`, { fieldErrors: { code: ["Already used."] } });
    const risk = await tx.risk.create({ data: { code: input.code, ...toData(input) } });
    await tx.riskRevision.create({ data: { riskId: risk.id, actorId: actor.kind === "user" ? actor.id : null, actorName: actor.name, changes: { created: { before: null, after: input.code } } } });
    return risk;
  });
}

/** Admins edit a risk; every changed field is kept in its history, and a stale form is refused. */
export async function updateRisk({ actor, riskId, version, input }: { actor: Actor; riskId: string; version: number; input: RiskFields }) {
  assertRole(actor, ["ADMIN"]);
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Risk" WHERE "id" = ${riskId}::uuid FOR UPDATE`;
    const risk = await tx.risk.findUnique({ where: { id: riskId } });
    if (!risk) throw new AppError("NOT_FOUND", "No such risk.");
    if (risk.version !== version) throw new AppError("CONFLICT", "Someone changed this risk meanwhile; reload it and try again.");
    const data = toData(input);
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const field of fields) {
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
