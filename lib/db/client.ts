import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** A Prisma client over the pg driver adapter. Scripts and tests call this; the app uses `prisma`. */
// A hung database (frozen VM, stuck storage) accepts TCP and never answers: give up a new connection after 2 s, so
// callers answer "unavailable, retry" (the webhook's 503) quickly instead of holding the request. Keep-alive
// notices a peer that vanished without closing.
const CONNECT_TIMEOUT_MS = 2_000;

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
