import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over the pg driver adapter. Scripts and tests call this; the app uses `prisma`. */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
