import { afterEach, describe, expect, it } from "vitest";
import { testDb } from "@/test/support/db";
import { poolOf } from "./client";
import { inTransaction, prismaSql } from "./sql";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const options = { startMs: 3_000, timeoutMs: 10_000 };

describe("raw SQL on the client's pool", () => {
  it("reads timestamp(3) as UTC, as Prisma does, whatever the process's time zone", async () => {
    process.env.TZ = "America/New_York";
    const text = `SELECT '2026-01-02 03:04:05.678'::timestamp(3) AS "at", 7::int AS "n", '{"a":1}'::jsonb AS "j"`;
    const [direct] = await inTransaction(poolOf(testDb()), (sql) => sql.query<{ at: Date; n: number; j: unknown }>(text), options);
    const [viaPrisma] = await prismaSql(testDb()).query<{ at: Date; n: number; j: unknown }>(text);
    expect(direct!.at.toISOString()).toBe("2026-01-02T03:04:05.678Z");
    expect(direct).toEqual(viaPrisma);
  });

  it("commits what the work wrote, and rolls all of it back when the work throws", async () => {
    const key = `sql-test-${crypto.randomUUID()}`;
    const write = (sql: { query: (t: string, v?: unknown[]) => Promise<unknown[]> }) =>
      sql.query(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ($1, '1'::jsonb, now())`, [key]);
    await expect(inTransaction(poolOf(testDb()), async (sql) => {
      await write(sql);
      throw new Error("the work failed");
    }, options)).rejects.toThrow("the work failed");
    expect(await testDb().setting.count({ where: { key } })).toBe(0);
    await inTransaction(poolOf(testDb()), write, options);
    expect(await testDb().setting.count({ where: { key } })).toBe(1);
    await testDb().setting.delete({ where: { key } });
  });
});
