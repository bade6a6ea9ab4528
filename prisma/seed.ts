// `npm run db:seed`: seeds the demo data into DATABASE_URL on request (never automatically for an external database).
import { createPrismaClient } from "@/lib/db/client";
import { parseEnv, EnvError } from "@/lib/env";
import { seedDemo } from "@/lib/seed/demo";
import { describeDatabase } from "@/lib/db/url";

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new EnvError("DATABASE_URL is not set: `npm start` seeds its embedded database by itself");
  const db = createPrismaClient(env.DATABASE_URL, 2);
  try {
    const result = await seedDemo(db, { password: env.VIGIE_DEMO_PASSWORD });
    if (!result.seeded) console.log(`Demo accounts not created: ${describeDatabase(env.DATABASE_URL)} already has users.`);
    else console.log(`Demo accounts created (admin@vigie.local …). Password: ${result.password}`);
    console.log(result.risks ? `The incident plan's risks R1–R${result.risks} added to the register.` : "The risk register already has risks: left alone.");
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error instanceof EnvError ? error.message : `Seeding failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
