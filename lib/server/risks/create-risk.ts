import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import type { RiskFields } from "@/lib/validations/risk";
import { toRiskData } from "./risk-data";

/** Admins add a risk to the register; its creation is the first entry of its history. */
export async function createRisk({ actor, input }: { actor: Actor; input: RiskFields & { code: string } }) {
  assertCan(actor, "risks.manage");
  return prisma.$transaction(async (tx) => {
    if (await tx.risk.findUnique({ where: { code: input.code } })) throw new AppError("CONFLICT", "{code} already exists.", { values: { code: input.code }, fieldErrors: { code: [sentence("Already used.")] } });
    const risk = await tx.risk.create({ data: { code: input.code, ...toRiskData(input) } });
    await tx.riskRevision.create({ data: { riskId: risk.id, actorId: actor.kind === "user" ? actor.id : null, actorName: actor.name, changes: { created: { before: null, after: input.code } } } });
    return risk;
  });
}
