import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { criticalityOf, type RiskLevel } from "@/lib/domain/risk";
import { AppError } from "@/lib/errors";

export async function getRisk({ actor, code }: { actor: Actor; code: string }) {
  assertCan(actor, "read");
  const risk = await prisma.risk.findUnique({
    where: { code: code.toUpperCase() },
    include: { owner: { select: { id: true, name: true } }, revisions: { orderBy: { at: "desc" } } },
  });
  if (!risk) throw new AppError("NOT_FOUND", "No such risk.");
  const incidents = await prisma.ticket.findMany({
    where: { riskCodes: { has: risk.code } },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, number: true, title: true, step: true, createdAt: true },
  });
  return { ...risk, revisions: risk.revisions.map((r) => ({ ...r, id: r.id.toString() })), criticality: criticalityOf(risk.impact as RiskLevel, risk.probability as RiskLevel), incidents };
}

export type RiskDetail = Awaited<ReturnType<typeof getRisk>>;
