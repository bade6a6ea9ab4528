// The Vigie image's entrypoint, run for real (sh + node) in a fake app directory whose Prisma CLI and `next`
// record how they were called: secrets exported as the environment Vigie reads, migrations before the server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "@/scripts/lib/server-flags.mjs";
import { run } from "../testing/native";

const entrypoint = path.join(import.meta.dirname, "entrypoint.sh");
let dir: string;
let secrets: string;
let calls: string;

// Each stub appends one JSON line: which program, its arguments, the variables that matter.
const recorder = (name: string, exitCode: number) => `
const fs = require("node:fs");
const keys = ["ALERTMANAGER_TOKEN", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "DATABASE_URL", "METRICS_TOKEN", "SMTP_URL"];
const env = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
fs.appendFileSync(${JSON.stringify("CALLS")}, JSON.stringify({ name: ${JSON.stringify(name)}, args: process.argv.slice(2), nodeFlags: process.execArgv, env }) + "\\n");
process.exit(${exitCode});
`;

function install(migrateExit = 0) {
  fs.mkdirSync(path.join(dir, "node_modules", "prisma", "build"), { recursive: true });
  fs.mkdirSync(path.join(dir, "node_modules", ".bin"), { recursive: true });
  fs.writeFileSync(path.join(dir, "node_modules", "prisma", "build", "index.js"), recorder("prisma", migrateExit).replace("CALLS", calls));
  // The production server (scripts/server.mjs, which starts Next), run by `node`.
  fs.mkdirSync(path.join(dir, "scripts"), { recursive: true });
  fs.writeFileSync(path.join(dir, "scripts", "server.mjs"), recorder("server", 0).replace("CALLS", calls).replace('const fs = require("node:fs");', 'import fs from "node:fs";'));
}

function secret(name: string, value: string) {
  fs.writeFileSync(path.join(secrets, name), value);
}

function start(env: Record<string, string> = {}, args: string[] = []) {
  const base = { PATH: process.env.PATH ?? "/usr/bin:/bin", SECRETS_DIR: secrets, ...env };
  return run("/bin/sh", [entrypoint, ...args], { cwd: dir, env: base, timeoutMs: 20_000 });
}

const recorded = () =>
  fs.existsSync(calls)
    ? fs
        .readFileSync(calls, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { name: string; args: string[]; nodeFlags: string[]; env: Record<string, string | undefined> })
    : [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-entrypoint-"));
  secrets = path.join(dir, "secrets");
  calls = path.join(dir, "calls.jsonl");
  fs.mkdirSync(secrets);
  install();
  secret("vigie_alertmanager_token", "token-from-the-secret-file-0123456789\n");
  secret("nextauth_secret", "a-nextauth-secret-of-more-than-32-characters\n");
  secret("vigie_db_password", "p@ss/w:rd?#%\n");
  secret("vigie_metrics_token", "the-metrics-token-prometheus-sends-0123456789\n");
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const compose = { PGHOST: "postgres", PGPORT: "5432", PGUSER: "vigie", PGDATABASE: "vigie", VIGIE_URL: "https://vigie.example.org" };

describe("docker/vigie/entrypoint.sh", () => {
  it("exports the secrets as Vigie's environment, migrates, then starts next", async () => {
    const result = await start(compose);
    expect(result.code, result.output).toBe(0);
    const [migrate, next] = recorded();
    expect(migrate?.name).toBe("prisma");
    expect(migrate?.args).toEqual(["migrate", "deploy"]);
    expect(next?.name).toBe("server");
    expect(next?.args).toEqual(["start", "--hostname", "0.0.0.0", "--port", "3000"]);
    expect(next?.nodeFlags).toEqual(SERVER_NODE_FLAGS); // the flags every launcher gives node
    for (const call of [migrate, next]) {
      expect(call?.env).toEqual({
        // the same file Alertmanager sends, without its newline
        ALERTMANAGER_TOKEN: "token-from-the-secret-file-0123456789",
        NEXTAUTH_SECRET: "a-nextauth-secret-of-more-than-32-characters",
        NEXTAUTH_URL: "https://vigie.example.org",
        DATABASE_URL: "postgresql://vigie:p%40ss%2Fw%3Ard%3F%23%25@postgres:5432/vigie",
        // the file Prometheus sends (prometheus.yml: credentials_file)
        METRICS_TOKEN: "the-metrics-token-prometheus-sends-0123456789",
        SMTP_URL: undefined,
      });
    }
    const url = new URL(next?.env.DATABASE_URL ?? "");
    expect(decodeURIComponent(url.password)).toBe("p@ss/w:rd?#%");
  });

  it("builds SMTP_URL from SMTP_HOST, SMTP_PORT, SMTP_USER and the smtp_password secret Alertmanager uses too", async () => {
    secret("smtp_password", "s3cr:t/@pw\n");
    let result = await start({ ...compose, SMTP_HOST: "smtp.example.org", SMTP_PORT: "587", SMTP_USER: "alerts@example.org" });
    expect(result.code, result.output).toBe(0);
    const url = new URL(recorded()[1]?.env.SMTP_URL ?? "");
    expect(url.protocol).toBe("smtp:");
    expect(`${url.hostname}:${url.port}`).toBe("smtp.example.org:587");
    expect(decodeURIComponent(url.username)).toBe("alerts@example.org");
    expect(decodeURIComponent(url.password)).toBe("s3cr:t/@pw");
    fs.rmSync(calls);
    result = await start({ ...compose, SMTP_HOST: "smtp.example.org", SMTP_PORT: "465" });
    expect(recorded()[1]?.env.SMTP_URL).toBe("smtps://smtp.example.org:465");
    // a user without its password is a configuration error, said at start
    secret("smtp_password", "");
    result = await start({ ...compose, SMTP_HOST: "smtp.example.org", SMTP_USER: "alerts@example.org" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("smtp_password is empty");
  });

  it("reads the database password from postgres_password when there is no vigie_db_password (stacks from before the app role)", async () => {
    fs.rmSync(path.join(secrets, "vigie_db_password"));
    secret("postgres_password", "old-superuser-password\n");
    const result = await start(compose);
    expect(result.code, result.output).toBe(0);
    expect(recorded()[1]?.env.DATABASE_URL).toBe("postgresql://vigie:old-superuser-password@postgres:5432/vigie");
  });

  it("keeps variables already set in the environment", async () => {
    const result = await start({ ...compose, ALERTMANAGER_TOKEN: "from-env-0123456789", DATABASE_URL: "postgresql://a:b@db/x", NEXTAUTH_URL: "https://other.example.org" });
    expect(result.code, result.output).toBe(0);
    expect(recorded()[1]?.env).toMatchObject({ ALERTMANAGER_TOKEN: "from-env-0123456789", DATABASE_URL: "postgresql://a:b@db/x", NEXTAUTH_URL: "https://other.example.org" });
  });

  it("does not start the server when the migrations fail", async () => {
    install(1);
    const result = await start(compose);
    expect(result.code).not.toBe(0);
    expect(recorded().map((c) => c.name)).toEqual(["prisma"]);
  });

  it("refuses to start without NEXTAUTH_SECRET or without a database", async () => {
    fs.rmSync(path.join(secrets, "nextauth_secret"));
    let result = await start(compose);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("NEXTAUTH_SECRET is required");
    secret("nextauth_secret", "a-nextauth-secret-of-more-than-32-characters");
    result = await start({ VIGIE_URL: compose.VIGIE_URL });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL is required");
    expect(recorded()).toEqual([]);
  });

  it("starts without the Alertmanager token, saying the webhook will reject calls", async () => {
    fs.rmSync(path.join(secrets, "vigie_alertmanager_token"));
    const result = await start(compose);
    expect(result.code, result.output).toBe(0);
    expect(result.stderr).toContain("the Alertmanager webhook rejects every call");
    expect(recorded()[1]?.env.ALERTMANAGER_TOKEN).toBeUndefined();
  });

  it("runs another command in the same environment instead", async () => {
    const result = await start(compose, ["node", "-e", "process.stdout.write(process.env.ALERTMANAGER_TOKEN + ' ' + process.env.DATABASE_URL)"]);
    expect(result.code, result.output).toBe(0);
    expect(result.stdout).toBe("token-from-the-secret-file-0123456789 postgresql://vigie:p%40ss%2Fw%3Ard%3F%23%25@postgres:5432/vigie");
    expect(recorded()).toEqual([]);
  });
});
