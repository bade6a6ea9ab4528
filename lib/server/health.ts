import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/db/client";

export type Health = { status: "ok" | "unavailable"; database: "ok" | "unreachable"; reason?: string };

/** A cheap round trip to PostgreSQL, bounded in time so a hung database does not hang the probe. */
export async function checkHealth(db: PrismaClient = prisma, timeoutMs = 3_000): Promise<Health> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", database: "ok" };
  } catch (error) {
    const reason = error instanceof Error && /no answer within/.test(error.message) ? error.message : "the database does not answer";
    return { status: "unavailable", database: "unreachable", reason };
  } finally {
    clearTimeout(timer);
  }
}
