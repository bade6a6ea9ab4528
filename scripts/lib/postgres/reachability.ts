import pg from "pg";
import { describeDatabase } from "@/lib/db/url";

/** One connection attempt, bounded in time; the error names the host tried, never the password. */
export async function assertReachable(url: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const why = e.code === "28P01" ? "authentication failed" : e.code === "3D000" ? "the database does not exist" : (e.code ?? e.message ?? "no answer");
    throw new Error(`Cannot reach the database at ${describeDatabase(url)} (${why}). Check DATABASE_URL.`);
  } finally {
    await client.end().catch(() => {});
  }
}
