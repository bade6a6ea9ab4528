import type { PrismaClient } from "@/lib/db/client";
import { keynoteRisks } from "./keynote-risks";

/** Seeds the keynote's risks R1–R6 into an empty register, once; an edited register is left alone. */
export async function seedRisks(db: PrismaClient, ownerEmail = "admin@vigie.local"): Promise<number> {
  if ((await db.risk.count()) > 0) return 0;
  const owner = await db.user.findUnique({ where: { email: ownerEmail }, select: { id: true } });
  await db.$transaction(async (tx) => {
    for (const risk of keynoteRisks) {
      const created = await tx.risk.create({ data: { ...risk, ownerId: owner?.id ?? null } });
      await tx.riskRevision.create({ data: { riskId: created.id, actorName: "Vigie (seed from the incident plan)", changes: { created: { before: null, after: risk.code } } } });
    }
  });
  return keynoteRisks.length;
}
