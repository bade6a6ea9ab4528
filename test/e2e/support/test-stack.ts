import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { createPrismaClient } from "@/lib/db/client";
import { runMigrations } from "@/scripts/lib/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { startAppServer } from "@/test/support/app-server";
import { startTempPostgres } from "@/scripts/lib/postgres/temp";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** A throwaway PostgreSQL with the demo data, and the built app in front of it. */
export async function startTestStack() {
  const postgres = await startTempPostgres();
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>> | undefined;
  try {
    await runMigrations(postgres.url, { cwd: root, quiet: true });
    const demoPassword = `e2e-${Date.now()}-pw`;
    const db = createPrismaClient(postgres.url, 1);
    await seedDemo(db, { password: demoPassword });
    await db.$disconnect();
    const alertmanagerToken = `e2e-alertmanager-${randomBytes(12).toString("hex")}`;
    // A real SMTP server keeps every email the app sends, as JSON files the specs read.
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-e2e-mail-"));
    smtp = await startSmtpCatcher(0, (email) => fs.writeFileSync(path.join(mailDir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`), JSON.stringify(email)));
    const app = await startAppServer({
      root,
      databaseUrl: postgres.url,
      env: { ALERTMANAGER_TOKEN: alertmanagerToken, SMTP_URL: smtp.url, MAIL_FROM: "Vigie <vigie@e2e.test>" },
    });
    return {
      baseURL: app.baseURL,
      databaseUrl: postgres.url,
      demoPassword,
      alertmanagerToken,
      mailDir,
      stop: async () => {
        await app.stop();
        await smtp?.close();
        await postgres.stop();
        fs.rmSync(mailDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await smtp?.close();
    await postgres.stop();
    throw error;
  }
}
