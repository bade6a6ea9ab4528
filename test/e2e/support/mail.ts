import fs from "node:fs";
import path from "node:path";
import type { CaughtEmail } from "@/test/support/smtp-catcher";

/** The emails the app has sent so far (the global setup's SMTP server writes them to E2E_MAIL_DIR). */
export function sentEmails(): CaughtEmail[] {
  const dir = process.env.E2E_MAIL_DIR!;
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CaughtEmail);
}
