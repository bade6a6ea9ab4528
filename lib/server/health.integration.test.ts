import { expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { freePort } from "@/scripts/lib/net";
import { testDb } from "@/test/support/db";
import { checkHealth } from "./health";

it("is ok when the database answers", async () => {
  expect(await checkHealth(testDb())).toEqual({ status: "ok", database: "ok" });
});

it("reports the database unreachable without leaking the connection string", async () => {
  const port = await freePort();
  const dead = createPrismaClient(`postgresql://vigie:secret-password@127.0.0.1:${port}/vigie`, 1);
  const health = await checkHealth(dead);
  expect(health).toMatchObject({ status: "unavailable", database: "unreachable" });
  expect(JSON.stringify(health)).not.toContain("secret-password");
  await dead.$disconnect();
});
