import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type LocalSecrets = { nextauthSecret: string; postgresPassword: string };

/** Secrets for the embedded setup, made once and kept (mode 0600) beside its data so sessions survive restarts. */
export function loadOrCreateSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) {
    let parsed: Partial<LocalSecrets> | undefined;
    try {
      parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LocalSecrets>;
    } catch {
      // reported below
    }
    if (typeof parsed?.nextauthSecret !== "string" || typeof parsed.postgresPassword !== "string") {
      throw new Error(`${file} is damaged (expected nextauthSecret and postgresPassword); restore it from a backup.`);
    }
    return { nextauthSecret: parsed.nextauthSecret, postgresPassword: parsed.postgresPassword };
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secrets: LocalSecrets = {
    nextauthSecret: randomBytes(32).toString("base64url"),
    postgresPassword: randomBytes(18).toString("base64url"),
  };
  // Written whole under another name, then renamed: a crash never leaves a half file that locks the data out.
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  fs.renameSync(tmp, file);
  return secrets;
}
