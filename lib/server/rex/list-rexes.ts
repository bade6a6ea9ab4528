import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { readsDraftRex } from "@/lib/domain/permissions";

/** REX, newest first, searched in their text; observers see published ones only. */
export async function listRexes({ actor, text = "" }: { actor: Actor; text?: string }) {
  assertCan(actor, "read");
  const q = text.trim().slice(0, 200);
  const contains = (field: "title" | "context" | "weakPoint" | "recommendations" | "actionsTaken" | "courseNarrative") => ({ [field]: { contains: q, mode: "insensitive" as const } });
  return prisma.rex.findMany({
    where: {
      ...(readsDraftRex(actor) ? {} : { status: "PUBLISHED" as const }),
      ...(q ? { OR: [contains("title"), contains("context"), contains("weakPoint"), contains("recommendations"), contains("actionsTaken"), contains("courseNarrative")] } : {}),
    },
    orderBy: [{ createdAt: "desc" }],
    take: 200,
    select: { id: true, title: true, status: true, riskCodes: true, createdAt: true, publishedAt: true, weakPoint: true, author: { select: { name: true } }, ticket: { select: { number: true } } },
  });
}
