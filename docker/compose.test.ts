// docker/compose.yaml, validated the only way possible without a Docker engine: Debian's docker-compose (1.29)
// parses and resolves it (`docker-compose config`), then the resolved configuration is checked against the files
// it wires together (prometheus.yml, alertmanager.yml, Grafana provisioning, pgBackRest, the blackbox module).
// The blackbox module is checked by Debian's blackbox exporter itself (--config.check).
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCKER_COMPOSE, findBinary, requireBinaries, run } from "./testing/native";

const BLACKBOX = { bin: "prometheus-blackbox-exporter", pkg: "prometheus-blackbox-exporter" };

const here = import.meta.dirname;
const root = path.resolve(here, "..");
const composeFile = path.join(here, "compose.yaml");
const read = (file: string) => fs.readFileSync(path.join(here, file), "utf8");

type Service = {
  build?: { context: string; dockerfile?: string };
  image?: string;
  command?: string[];
  entrypoint?: string[];
  environment?: Record<string, string | null>;
  secrets?: { source: string; target?: string }[];
  volumes?: string[];
  ports?: string[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
};
type Resolved = { services: Record<string, Service>; secrets: Record<string, { file: string }>; volumes: Record<string, unknown> };

let resolved: Resolved | undefined;
let configOutput = "";

// Without the deployment's own variables, so that the defaults are what is checked.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VIGIE_|GRAFANA_|PROMETHEUS_|ALERTMANAGER_|SMTP_|MAIL_|TZ$|BACKUP_AT|REDIS_|COMPOSE_)/.test(k)));

beforeAll(async () => {
  if (!findBinary(DOCKER_COMPOSE.bin)) return;
  const result = await run(DOCKER_COMPOSE.bin, ["-f", composeFile, "--profile", "redis", "config"], { env: cleanEnv(), timeoutMs: 60_000 });
  configOutput = result.output;
  if (result.code === 0) resolved = parse(result.stdout) as Resolved;
}, 70_000);

/** The host side of the volume mounted at `target` in a service (a named volume, or an absolute path). */
function mountAt(service: Service | undefined, target: string): string | undefined {
  for (const v of service?.volumes ?? []) {
    const [source, dest] = v.split(":");
    if (dest === target) return source;
  }
  return undefined;
}

function services(ctx: Parameters<typeof requireBinaries>[0]): Record<string, Service> {
  requireBinaries(ctx, [DOCKER_COMPOSE]);
  expect(resolved, configOutput).toBeDefined();
  return (resolved as Resolved).services;
}

describe("docker/compose.yaml (docker-compose config)", () => {
  it("is valid, and has every service of the stack, Redis's behind the redis profile", (ctx) => {
    const s = services(ctx);
    expect(Object.keys(s).sort()).toEqual(
      ["alertmanager", "backup", "blackbox-exporter", "cadvisor", "grafana", "node-exporter", "postgres", "postgres-exporter", "prometheus", "redis", "redis-export", "redis-exporter", "vigie"].sort(),
    );
    for (const name of Object.keys(s)) expect(s[name]?.profiles, name).toEqual(name.startsWith("redis") ? ["redis"] : undefined);
  });

  it("builds Vigie from the root Dockerfile, with its secrets and no secret value in the file", (ctx) => {
    const vigie = services(ctx).vigie as Service;
    expect(vigie.build?.context).toBe(root);
    expect(fs.existsSync(path.join(root, vigie.build?.dockerfile ?? "Dockerfile"))).toBe(true);
    expect(vigie.secrets?.map((x) => x.source).sort()).toEqual(["nextauth_secret", "postgres_password", "vigie_alertmanager_token"]);
    // Vigie reads ALERTMANAGER_TOKEN, NEXTAUTH_SECRET and DATABASE_URL from its environment only: the image's
    // entrypoint exports them from the secrets. None of them (nor a *_FILE variant) is set in compose.yaml.
    for (const name of ["ALERTMANAGER_TOKEN", "ALERTMANAGER_TOKEN_FILE", "NEXTAUTH_SECRET", "DATABASE_URL"]) expect(vigie.environment ?? {}).not.toHaveProperty(name);
    expect(vigie.environment).toMatchObject({ NODE_ENV: "production", VIGIE_URL: "http://localhost:3000", PGHOST: "postgres", PGUSER: "vigie", PGDATABASE: "vigie" });
    expect(read("vigie/entrypoint.sh")).toContain("vigie_alertmanager_token");
    const text = read("compose.yaml");
    expect(text).not.toMatch(/(PASSWORD|SECRET|TOKEN)\s*[:=]\s*["']?\w{8,}/);
  });

  it("gives Alertmanager the same token file as Vigie, where alertmanager.yml reads it", (ctx) => {
    const s = services(ctx);
    const am = parse(read("alertmanager/alertmanager.yml")) as { receivers: { webhook_configs?: { url: string; http_config: { authorization: { credentials_file: string } } }[] }[] };
    const files = new Set(am.receivers.flatMap((r) => (r.webhook_configs ?? []).map((w) => w.http_config.authorization.credentials_file)));
    expect([...files]).toEqual(["/run/secrets/vigie_alertmanager_token"]);
    expect(s.alertmanager?.secrets?.map((x) => x.source)).toContain("vigie_alertmanager_token");
    expect(mountAt(s.alertmanager, "/etc/alertmanager/alertmanager.yml")).toBe(path.join(here, "alertmanager", "alertmanager.yml"));
    // the webhook reaches the vigie service
    for (const r of am.receivers) for (const w of r.webhook_configs ?? []) expect(new URL(w.url).host).toBe("vigie:3000");
  });

  it("declares every secret as a file in docker/secrets, git-ignored, each with an .example", async (ctx) => {
    const s = services(ctx);
    const secrets = (resolved as Resolved).secrets;
    expect(Object.keys(secrets).sort()).toEqual(["grafana_admin_password", "nextauth_secret", "postgres_password", "vigie_alertmanager_token"]);
    for (const [name, { file }] of Object.entries(secrets)) {
      expect(file).toBe(path.join(here, "secrets", name));
      expect(fs.existsSync(`${file}.example`), `${name}.example`).toBe(true);
      const ignored = await run("git", ["check-ignore", "-q", path.relative(root, file)], { cwd: root });
      expect(ignored.code, `${name} must be git-ignored`).toBe(0);
    }
    const used = new Set(Object.values(s).flatMap((x) => (x.secrets ?? []).map((y) => y.source)));
    expect([...used].sort()).toEqual(Object.keys(secrets).sort());
    expect(fs.readFileSync(path.join(root, ".dockerignore"), "utf8")).toMatch(/^docker\/secrets$/m);
  });

  it("mounts prometheus.yml and the rules where prometheus.yml looks, and every scrape target is a service", (ctx) => {
    const s = services(ctx);
    const prom = parse(read("prometheus/prometheus.yml")) as {
      rule_files: string[];
      alerting: { alertmanagers: { static_configs: { targets: string[] }[] }[] };
      scrape_configs: { job_name: string; params?: { module?: string[] }; static_configs?: { targets: string[] }[]; dns_sd_configs?: { names: string[]; port: number }[]; relabel_configs?: { replacement?: string }[] }[];
    };
    expect(mountAt(s.prometheus, "/etc/prometheus/prometheus.yml")).toBe(path.join(here, "prometheus", "prometheus.yml"));
    expect(mountAt(s.prometheus, "/etc/prometheus/rules")).toBe(path.join(here, "prometheus", "rules"));
    expect(prom.rule_files).toEqual(["/etc/prometheus/rules/*.yml"]);
    const hosts = new Set<string>();
    for (const job of prom.scrape_configs) {
      for (const c of job.static_configs ?? []) for (const t of c.targets) hosts.add(t.startsWith("http") ? new URL(t).hostname : (t.split(":")[0] as string));
      for (const c of job.dns_sd_configs ?? []) for (const n of c.names) hosts.add(n);
      for (const r of job.relabel_configs ?? []) if (r.replacement && /^[a-z-]+:\d+$/.test(r.replacement)) hosts.add(r.replacement.split(":")[0] as string);
    }
    for (const a of prom.alerting.alertmanagers) for (const c of a.static_configs) for (const t of c.targets) hosts.add(t.split(":")[0] as string);
    hosts.delete("localhost");
    for (const host of hosts) expect(Object.keys(s), `prometheus.yml targets ${host}`).toContain(host);
    const blackbox = prom.scrape_configs.find((j) => j.job_name === "blackbox-vigie");
    const modules = parse(read("blackbox/blackbox.yml")) as { modules: Record<string, unknown> };
    expect(Object.keys(modules.modules)).toContain(blackbox?.params?.module?.[0]);
    // --config.check below does not know the probers: check this one here
    expect(modules.modules[blackbox?.params?.module?.[0] as string]).toMatchObject({ prober: "http" });
    expect(blackbox?.static_configs?.[0]?.targets).toEqual(["http://vigie:3000/api/health"]);
    expect(mountAt(s["blackbox-exporter"], "/etc/blackbox/blackbox.yml")).toBe(path.join(here, "blackbox", "blackbox.yml"));
  });

  it("provisions Grafana: the Prometheus datasource, the dashboards, embedding and an anonymous viewer", (ctx) => {
    const grafana = services(ctx).grafana as Service;
    expect(grafana.environment).toMatchObject({
      GF_SECURITY_ALLOW_EMBEDDING: "true",
      GF_AUTH_ANONYMOUS_ENABLED: "true",
      GF_AUTH_ANONYMOUS_ORG_ROLE: "Viewer",
      GF_SECURITY_ADMIN_PASSWORD__FILE: "/run/secrets/grafana_admin_password",
    });
    expect(mountAt(grafana, "/etc/grafana/provisioning")).toBe(path.join(here, "grafana", "provisioning"));
    const provider = parse(read("grafana/provisioning/dashboards/vigie.yml")) as { providers: { options: { path: string } }[] };
    expect(mountAt(grafana, provider.providers[0]?.options.path as string)).toBe(path.join(here, "grafana", "dashboards"));
    const datasources = parse(read("grafana/provisioning/datasources/prometheus.yml")) as { datasources: { type: string; url: string }[] };
    expect(datasources.datasources).toEqual([expect.objectContaining({ type: "prometheus", url: "http://prometheus:9090" })]);
  });

  it("runs pgBackRest: WAL archived, a full backup daily at 04:00 kept 2 days, its metric in node-exporter's textfile directory", (ctx) => {
    const s = services(ctx);
    const command = (s.postgres?.command ?? []).join(" ");
    expect(command).toContain("archive_mode=on");
    expect(command).toMatch(/archive_command=pgbackrest --stanza=vigie archive-push %p/);
    expect(read("backup/Dockerfile")).toMatch(/^FROM postgres:17\b/m);
    expect(s.backup?.command).toEqual(["pgbackrest-job"]);
    expect(s.backup?.environment?.BACKUP_AT).toBe("04:00");
    const conf = Object.fromEntries(
      read("backup/pgbackrest.conf")
        .split("\n")
        .filter((l) => /^[\w-]+=/.test(l))
        .map((l) => l.split("=", 2) as [string, string]),
    );
    expect(conf).toMatchObject({ "repo1-retention-full-type": "time", "repo1-retention-full": "2", "pg1-user": "vigie" });
    expect(mountAt(s.postgres, conf["repo1-path"]?.split("/").slice(0, 2).join("/") as string)).toBe("backups");
    expect(mountAt(s.backup, "/backup")).toBe("backups");
    // node-exporter reads the textfile volume the backup jobs write
    const flag = (s["node-exporter"]?.command ?? []).find((c) => c.startsWith("--collector.textfile.directory="));
    const dir = flag?.split("=")[1] as string;
    expect(mountAt(s["node-exporter"], dir)).toBe("textfile");
    for (const job of ["backup", "redis-export"]) {
      const target = s[job]?.environment?.TEXTFILE_DIR as string;
      expect(mountAt(s[job], target), job).toBe("textfile");
    }
    expect(read("backup/pgbackrest-job.sh")).toContain("write-backup-metric postgresql");
  });

  it("persists Redis (append-only file and save rules), exports it daily to the backup volume, and scrapes it", (ctx) => {
    const s = services(ctx);
    const command = (s.redis?.command ?? []).join(" ");
    expect(command).toContain("--appendonly yes");
    expect(command).toMatch(/--save \d+ \d+/);
    expect(mountAt(s.redis, "/data")).toBe("redis");
    expect(mountAt(s["redis-export"], "/backup")).toBe("backups");
    expect(s["redis-exporter"]?.environment?.REDIS_ADDR).toBe("redis://redis:6379");
    const prom = parse(read("prometheus/prometheus.yml")) as { scrape_configs: { job_name: string; dns_sd_configs?: { names: string[]; port: number }[] }[] };
    expect(prom.scrape_configs.find((j) => j.job_name === "redis")?.dns_sd_configs?.[0]).toMatchObject({ names: ["redis-exporter"], port: 9121 });
  });

  it("keeps the backend services off the host's ports, and Prometheus and Alertmanager on loopback", (ctx) => {
    const s = services(ctx);
    const published = Object.entries(s)
      .filter(([, x]) => (x.ports ?? []).length > 0)
      .map(([name]) => name)
      .sort();
    expect(published).toEqual(["alertmanager", "grafana", "prometheus", "vigie"]);
    for (const name of ["alertmanager", "prometheus"]) for (const p of s[name]?.ports ?? []) expect(p, name).toMatch(/^127\.0\.0\.1:/);
  });
});

describe("docker/blackbox/blackbox.yml", () => {
  it("is a valid blackbox exporter configuration (--config.check)", async (ctx) => {
    requireBinaries(ctx, [BLACKBOX]);
    const result = await run(BLACKBOX.bin, [`--config.file=${path.join(here, "blackbox", "blackbox.yml")}`, "--config.check"]);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Config file is ok");
  });
});
