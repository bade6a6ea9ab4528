import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

let shared: PrismaClient | undefined;

/** The integration database, for arranging and checking data beside the server layer's own client. */
export function testDb(): PrismaClient {
  shared ??= createPrismaClient(process.env.DATABASE_URL!, 4);
  return shared;
}
