import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Where a client's pg pool is kept: the webhook's ingestion runs on it directly (lib/db/sql.ts). */
const POOL = Symbol.for("vigie.pgPool");

/** A Prisma client over the pg driver adapter. Scripts and tests call this; the app uses `prisma`. */
// A hung database (frozen VM, stuck storage) accepts TCP and never answers: give up a new connection after 2 s, so
// callers answer "unavailable, retry" (the webhook's 503) quickly instead of holding the request. Keep-alive
// notices a peer that vanished without closing. The pool is ours, shared by Prisma and the raw SQL of ingestion:
// one set of connections, ended by $disconnect.
const CONNECT_TIMEOUT_MS = 2_000;

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  Object.defineProperty(client, POOL, { value: pool });
  return client;
}

/** The pg pool under a client made by createPrismaClient (also through the app's `prisma` proxy). */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = (client as unknown as Record<symbol, pg.Pool | undefined>)[POOL];
  if (!pool) throw new Error("this Prisma client was not made by createPrismaClient: no pg pool under it");
  return pool;
}

export type { PrismaClient };
