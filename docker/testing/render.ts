// The shipped docker/render-config.sh, run for real (sh + awk) on the shipped templates, as the Prometheus and
// Alertmanager containers do at start; and the secret paths of the result pointed at temp files, so that the
// real tools (promtool, amtool, Alertmanager) can read them here.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { run } from "./native";

export const DOCKER_DIR = path.resolve(import.meta.dirname, "..");
export const RENDER_SCRIPT = path.join(DOCKER_DIR, "render-config.sh");

/** What docker/.env gives the containers, with every optional feature on. */
export const FULL_ENV: Record<string, string> = {
  VIGIE_URL: "https://vigie.example.org",
  COMPOSE_PROFILES: "redis,ha",
  SMTP_HOST: "smtp.example.org",
  SMTP_PORT: "587",
  SMTP_USER: "alerts@example.org",
  ALERT_MAIL_FROM: "alertmanager@example.org",
  ADMIN_EMAILS: "ada@example.org, grace@example.org, linus@example.org",
  HEARTBEAT_URL: "https://hc-ping.example.org/0a1b2c3d",
};

/** Runs render-config.sh TEMPLATE OUTPUT with exactly `env` (plus PATH); never throws for a non-zero exit. */
export async function render(template: string, env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-render-"));
  const output = path.join(dir, path.basename(template));
  const result = await run("/bin/sh", [RENDER_SCRIPT, template, output], { env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env } });
  const text = result.code === 0 ? fs.readFileSync(output, "utf8") : "";
  fs.rmSync(dir, { recursive: true, force: true });
  return { ...result, text };
}

/**
 * Writes `text` into `dir` with every /run/secrets/NAME replaced by a file of `dir` holding `secrets[NAME]` (or a
 * test value), and returns the new file's path.
 */
export function withLocalSecrets(text: string, dir: string, name: string, secrets: Record<string, string> = {}): string {
  const replaced = text.replace(/\/run\/secrets\/([a-z0-9_]+)/g, (_m, secret: string) => {
    const file = path.join(dir, `secret-${secret}`);
    fs.writeFileSync(file, `${secrets[secret] ?? `test-value-of-${secret}-0123456789`}\n`, { mode: 0o600 });
    return file;
  });
  const out = path.join(dir, name);
  fs.writeFileSync(out, replaced);
  return out;
}
