import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Raw SQL inside a transaction, whichever client holds it: a Prisma transaction, or a pg connection taken from
 * the same pool (the webhook's ingestion, where Prisma's cost per statement was most of the app's CPU in a storm).
 * Both give the same row shapes: uuid and text as strings, int4 as numbers, jsonb parsed, timestamp(3) — stored
 * as UTC without a zone, as Prisma does — as Dates. Select no int8 (pg gives a string, Prisma a bigint).
 */
export type Sql = { query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]> };

export const prismaSql = (tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">): Sql => ({
  query: <T>(text: string, values: unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...values),
});

const TIMESTAMP = 1114;
// pg reads a timestamp without zone as local time; Prisma wrote it as UTC.
const types = { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === TIMESTAMP ? (v: string) => new Date(`${v.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };

export const pgSql = (client: pg.PoolClient, timeoutMs: number): Sql => ({
  query: async <T>(text: string, values: unknown[] = []) => (await client.query({ text, values, types, query_timeout: timeoutMs } as pg.QueryConfig)).rows as T[],
});

/**
 * One transaction on a connection of `pool`: committed when `work` returns, rolled back when it throws.
 * A database that does not answer BEGIN within `startMs` (hung: a frozen VM, a stuck disk) fails fast, so the
 * caller can answer "retry later"; each later statement may take `timeoutMs`. A connection that timed out, or
 * whose rollback failed, is in an unknown state: destroyed, not returned to the pool.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (sql: Sql) => Promise<T>, { startMs, timeoutMs }: { startMs: number; timeoutMs: number }): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A connection lost while checked out emits "error" on it (the pool listens only while it is idle): without a
  // listener, that would end the process; the statement in flight fails anyway.
  const lost = () => (broken = true);
  client.on("error", lost);
  const release = () => {
    client.off("error", lost);
    client.release(broken);
  };
  try {
    await client.query({ text: `BEGIN; SET LOCAL statement_timeout = ${Math.trunc(timeoutMs)}`, query_timeout: startMs } as pg.QueryConfig);
  } catch (error) {
    broken = true;
    release();
    throw error;
  }
  try {
    const result = await work(pgSql(client, timeoutMs));
    await client.query({ text: "COMMIT", query_timeout: timeoutMs } as pg.QueryConfig);
    return result;
  } catch (error) {
    await client.query({ text: "ROLLBACK", query_timeout: startMs } as pg.QueryConfig).catch(() => (broken = true));
    throw error;
  } finally {
    release();
  }
}
