import type { PrismaClient } from "@/lib/db/client";
import { keynoteRex } from "./keynote-rex";

/** Seeds the keynote's two REX, published, into an empty REX list, once. */
export async function seedRex(db: PrismaClient): Promise<number> {
  if ((await db.rex.count()) > 0) return 0;
  for (const rex of keynoteRex) await db.rex.create({ data: { ...rex, riskCodes: [...rex.riskCodes], status: "PUBLISHED", publishedAt: new Date() } });
  return keynoteRex.length;
}
