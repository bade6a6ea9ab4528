// docker/compose.yaml, validated the only way possible without a Docker engine: Debian's docker-compose (1.29)
// parses and resolves it (`docker-compose config`), then the resolved configuration is checked against the files
// it wires together (prometheus.yml, alertmanager.yml, Grafana provisioning, pgBackRest, the blackbox module).
// Each profile combination is resolved (none, redis, ha, both). The blackbox module is checked by Debian's
// blackbox exporter itself (--config.check); the Caddyfile by Caddy (caddy/caddy.test.ts).
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
  ports?: (string | { published: number; target: number; protocol?: string; host_ip?: string })[];
  profiles?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
  deploy?: { resources?: { limits?: { cpus?: number | string; memory?: string } } };
  network_mode?: string;
  pid?: string;
  extra_hosts?: string[];
  healthcheck?: { test: string[] };
  networks?: Record<string, { ipv4_address?: string } | null>;
};
type Resolved = { services: Record<string, Service>; secrets: Record<string, { file: string }>; volumes: Record<string, unknown>; networks: Record<string, { ipam?: { config: { subnet: string }[] } }> };

let resolved: Resolved | undefined;
let configOutput = "";
const byProfiles = new Map<string, { code: number | null; services: string[]; output: string }>();

// Without the deployment's own variables, so that the defaults are what is checked.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VIGIE_|GRAFANA_|PROMETHEUS_|ALERTMANAGER_|SMTP_|MAIL_|ALERT_MAIL_|ADMIN_EMAILS|HEARTBEAT_|EDGE_|CADDY_|NODE_EXPORTER_|TZ$|BACKUP_AT|REDIS_|COMPOSE_)/.test(k)));

const PROFILE_SETS = [[], ["redis"], ["ha"], ["offsite"], ["redis", "ha", "offsite"]];

beforeAll(async () => {
  if (!findBinary(DOCKER_COMPOSE.bin)) return;
  for (const profiles of PROFILE_SETS) {
    const result = await run(DOCKER_COMPOSE.bin, ["-f", composeFile, ...profiles.flatMap((p) => ["--profile", p]), "config"], { env: cleanEnv(), timeoutMs: 60_000 });
    // docker-compose 1.29 prints every service with its `profiles`: the ones `up` would start are those without
    // a profile or with one of the chosen ones.
    const all = result.code === 0 ? (parse(result.stdout) as Resolved).services : {};
    const services = Object.keys(all).filter((name) => !all[name]?.profiles || all[name]?.profiles?.some((p) => profiles.includes(p))).sort();
    for (const name of services) {
      const deps = all[name]?.depends_on ?? [];
      for (const dep of Array.isArray(deps) ? deps : Object.keys(deps)) if (!services.includes(dep)) services.push(`${name} needs ${dep}, not started`);
    }
    byProfiles.set(profiles.join(","), { code: result.code, services, output: result.output });
    if (profiles.length === 3) {
      configOutput = result.output;
      if (result.code === 0) resolved = parse(result.stdout) as Resolved;
    }
  }
}, 200_000);

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

const BASE = ["alertmanager", "backup", "blackbox-exporter", "caddy", "cadvisor", "grafana", "node-exporter", "postgres", "postgres-exporter", "prometheus", "vigie"];
const REDIS = ["redis", "redis-export", "redis-exporter"];
const HA = ["vigie-2"];
const OFFSITE = ["backup-sshd"];

/** A port as "HOST_IP:PUBLISHED" whatever the syntax docker-compose printed it in. */
const published = (p: NonNullable<Service["ports"]>[number]) => (typeof p === "string" ? p.split(":").slice(0, -1).join(":") : `${p.host_ip ?? "0.0.0.0"}:${p.published}`);

describe("docker/compose.yaml (docker-compose config)", () => {
  it.for(PROFILE_SETS.map((p) => [p.join(",") || "no profile", p] as const))("is valid with %s, with exactly that profile's services", ([, profiles], ctx) => {
    requireBinaries(ctx, [DOCKER_COMPOSE]);
    const result = byProfiles.get(profiles.join(","));
    expect(result?.code, result?.output).toBe(0);
    const expected = [...BASE, ...(profiles.includes("redis") ? REDIS : []), ...(profiles.includes("ha") ? HA : []), ...(profiles.includes("offsite") ? OFFSITE : [])].sort();
    expect(result?.services).toEqual(expected);
  });

  it("puts Redis's services behind the redis profile, the second Vigie behind ha, backup-sshd behind offsite", (ctx) => {
    const s = services(ctx);
    for (const name of Object.keys(s)) expect(s[name]?.profiles, name).toEqual(REDIS.includes(name) ? ["redis"] : HA.includes(name) ? ["ha"] : OFFSITE.includes(name) ? ["offsite"] : undefined);
    // the second replica is the first one's definition
    const { profiles: _p, ...second } = s["vigie-2"] as Service;
    expect(second).toEqual(s.vigie);
  });

  it("limits the memory and CPU of every service (the throttling panel and ContainerNearMemoryLimit need a limit)", (ctx) => {
    for (const [name, service] of Object.entries(services(ctx))) {
      expect(service.deploy?.resources?.limits?.memory, name).toMatch(/^\d+[mg]$/);
      expect(Number(service.deploy?.resources?.limits?.cpus), name).toBeGreaterThan(0);
    }
  });

  it("builds Vigie from the root Dockerfile, with its secrets and no secret value in the file", (ctx) => {
    const vigie = services(ctx).vigie as Service;
    expect(vigie.build?.context).toBe(root);
    expect(fs.existsSync(path.join(root, vigie.build?.dockerfile ?? "Dockerfile"))).toBe(true);
    expect(vigie.secrets?.map((x) => x.source).sort()).toEqual(["nextauth_secret", "smtp_password", "vigie_alertmanager_token", "vigie_db_password", "vigie_metrics_token"]);
    // Vigie reads ALERTMANAGER_TOKEN, NEXTAUTH_SECRET and DATABASE_URL from its environment only: the image's
    // entrypoint exports them from the secrets. None of them (nor a *_FILE variant) is set in compose.yaml.
    for (const name of ["ALERTMANAGER_TOKEN", "ALERTMANAGER_TOKEN_FILE", "NEXTAUTH_SECRET", "DATABASE_URL", "METRICS_TOKEN", "SMTP_URL"]) expect(vigie.environment ?? {}).not.toHaveProperty(name);
    // Grafana under Vigie's own origin (the session cookie reaches forward_auth); behind Caddy, which sets X-Forwarded-For
    expect(vigie.environment).toMatchObject({ NODE_ENV: "production", VIGIE_URL: "https://localhost", GRAFANA_URL: "https://localhost/grafana", PGHOST: "postgres", PGUSER: "vigie", PGDATABASE: "vigie", TRUST_PROXY: "true", ALERTMANAGER_URL: "http://alertmanager:9093" });
    expect(read("vigie/entrypoint.sh")).toContain("vigie_alertmanager_token");
    const text = read("compose.yaml");
    expect(text).not.toMatch(/(PASSWORD|SECRET|TOKEN)\s*[:=]\s*["']?\w{8,}/);
  });

  it("gives Alertmanager the same token file as Vigie, where alertmanager.yml reads it, and the heartbeat's and SMTP's", (ctx) => {
    const s = services(ctx);
    const am = parse(read("alertmanager/alertmanager.yml")) as { global: Record<string, string>; receivers: { name: string; webhook_configs?: { url: string; http_config: { authorization: { credentials_file: string } } }[] }[] };
    const files = (name: string) => am.receivers.filter((r) => r.name === name).flatMap((r) => (r.webhook_configs ?? []).map((w) => w.http_config.authorization.credentials_file));
    for (const name of ["vigie", "vigie-heartbeat", "vigie-and-admins"]) expect(files(name), name).toEqual(["/run/secrets/vigie_alertmanager_token"]);
    expect(files("external-heartbeat")).toEqual(["/run/secrets/heartbeat_token"]);
    expect(am.global.smtp_auth_password_file).toBe("/run/secrets/smtp_password");
    expect(s.alertmanager?.secrets?.map((x) => x.source).sort()).toEqual(["heartbeat_token", "smtp_password", "vigie_alertmanager_token"]);
    // rendered at start from the read-only template, by the shipped script, into the storage volume
    expect(mountAt(s.alertmanager, "/etc/alertmanager/alertmanager.yml")).toBe(path.join(here, "alertmanager", "alertmanager.yml"));
    expect(mountAt(s.alertmanager, "/etc/vigie/render-config.sh")).toBe(path.join(here, "render-config.sh"));
    expect(s.alertmanager?.entrypoint).toEqual(["/bin/sh", "/etc/vigie/render-config.sh", "/etc/alertmanager/alertmanager.yml", "/alertmanager/alertmanager.yml", "--", "/bin/alertmanager"]);
    expect(s.alertmanager?.command).toContain("--config.file=/alertmanager/alertmanager.yml");
    expect(mountAt(s.alertmanager, "/alertmanager")).toBe("alertmanager");
    // every variable the template uses comes from the service's environment (docker/.env)
    const used = new Set([...read("alertmanager/alertmanager.yml").matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1]));
    for (const name of used) expect(s.alertmanager?.environment, `alertmanager needs ${name}`).toHaveProperty(name as string);
    // Vigie's webhook reaches the vigie service; the external heartbeat is HEARTBEAT_URL
    for (const r of am.receivers) for (const w of r.webhook_configs ?? []) expect(w.url, r.name).toBe(r.name === "external-heartbeat" ? "${HEARTBEAT_URL}" : "http://vigie:3000/api/alertmanager");
  });

  it("declares every secret as a file in docker/secrets, git-ignored, each with an .example", async (ctx) => {
    const s = services(ctx);
    const secrets = (resolved as Resolved).secrets;
    expect(Object.keys(secrets).sort()).toEqual([
      "backup_cipher_pass", "backup_known_hosts", "backup_peer_ssh_pubkey", "backup_ssh_key", "grafana_admin_password", "heartbeat_token", "nextauth_secret",
      "postgres_exporter_password", "postgres_password", "smtp_password", "vigie_alertmanager_token", "vigie_db_password", "vigie_metrics_token",
    ]);
    for (const [name, { file }] of Object.entries(secrets)) {
      expect(file).toBe(path.join(here, "secrets", name));
      expect(fs.existsSync(`${file}.example`), `${name}.example`).toBe(true);
      const ignored = await run("git", ["check-ignore", "-q", path.relative(root, file)], { cwd: root });
      expect(ignored.code, `${name} must be git-ignored`).toBe(0);
    }
    const used = new Set(Object.values(s).flatMap((x) => (x.secrets ?? []).map((y) => y.source)));
    expect([...used].sort()).toEqual(Object.keys(secrets).sort());
    expect(fs.readFileSync(path.join(root, ".dockerignore"), "utf8")).toMatch(/^docker\/secrets$/m);
    // generate.sh creates every one of them (the two given by others empty, for the operator to fill)
    const generate = read("secrets/generate.sh");
    for (const name of Object.keys(secrets)) expect(generate, name).toContain(name);
  });

  it("mounts prometheus.yml and the rules where prometheus.yml looks, and every scrape target is a service", (ctx) => {
    const s = services(ctx);
    const prom = parse(read("prometheus/prometheus.yml")) as {
      rule_files: string[];
      alerting: { alertmanagers: { static_configs: { targets: string[] }[] }[] };
      scrape_configs: { job_name: string; params?: { module?: string[] }; static_configs?: { targets: string[] }[]; dns_sd_configs?: { names: string[]; port: number }[]; relabel_configs?: { replacement?: string }[] }[];
    };
    expect(mountAt(s.prometheus, "/etc/prometheus/prometheus.yml")).toBe(path.join(here, "prometheus", "prometheus.yml"));
    expect(s.prometheus?.entrypoint?.slice(0, 4)).toEqual(["/bin/sh", "/etc/vigie/render-config.sh", "/etc/prometheus/prometheus.yml", "/prometheus/prometheus.yml"]);
    expect(s.prometheus?.command).toContain("--config.file=/prometheus/prometheus.yml");
    // the same profiles as Compose's (docker/.env's COMPOSE_PROFILES), for the redis and ha targets
    expect(Object.keys(s.prometheus?.environment ?? {}).sort()).toEqual(["COMPOSE_PROFILES", "VIGIE_URL"]);
    expect(s.prometheus?.secrets?.map((x) => x.source)).toEqual(["vigie_metrics_token"]);
    expect(mountAt(s.prometheus, "/etc/prometheus/rules")).toBe(path.join(here, "prometheus", "rules"));
    expect(prom.rule_files).toEqual(["/etc/prometheus/rules/*.yml"]);
    const hosts = new Set<string>();
    for (const job of prom.scrape_configs) {
      // the public VIGIE_URL is probed through Caddy, from outside
      for (const c of job.static_configs ?? []) for (const t of c.targets) if (!t.startsWith("${VIGIE_URL}")) hosts.add(t.startsWith("http") ? new URL(t).hostname : (t.split(":")[0] as string));
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

  it("provisions Grafana: the Prometheus datasource, the dashboards, embedding, no anonymous access, Vigie's users through Caddy only", (ctx) => {
    const s = services(ctx);
    const grafana = s.grafana as Service;
    expect(grafana.environment).toMatchObject({
      GF_SECURITY_ALLOW_EMBEDDING: "true",
      GF_AUTH_ANONYMOUS_ENABLED: "false",
      GF_AUTH_PROXY_ENABLED: "true",
      GF_AUTH_PROXY_HEADER_NAME: "X-WEBAUTH-USER",
      GF_AUTH_DISABLE_LOGIN_FORM: "true",
      GF_SERVER_ROOT_URL: "https://localhost/grafana/",
      GF_SERVER_SERVE_FROM_SUB_PATH: "true",
      GF_SECURITY_ADMIN_PASSWORD__FILE: "/run/secrets/grafana_admin_password",
    });
    expect(grafana.environment?.GF_AUTH_PROXY_HEADERS).toContain("Role:X-WEBAUTH-ROLE");
    // The X-WEBAUTH-* headers are trusted from Caddy's fixed address on the edge network only
    const caddyIp = (s.caddy?.networks?.edge as { ipv4_address: string }).ipv4_address;
    expect(grafana.environment?.GF_AUTH_PROXY_WHITELIST).toBe(caddyIp);
    const subnet = (resolved as Resolved).networks.edge?.ipam?.config[0]?.subnet as string;
    expect(caddyIp.split(".").slice(0, 3).join(".")).toBe(subnet.split(".").slice(0, 3).join("."));
    expect(Object.keys(grafana.networks ?? {}).sort()).toEqual(["edge", "vigie"]);
    expect(Object.keys(s.caddy?.networks ?? {}).sort()).toEqual(["edge", "vigie"]);
    for (const [name, service] of Object.entries(s)) if (!["caddy", "grafana"].includes(name)) expect(Object.keys(service.networks ?? {}), name).not.toContain("edge");
    expect(mountAt(grafana, "/etc/grafana/provisioning")).toBe(path.join(here, "grafana", "provisioning"));
    const provider = parse(read("grafana/provisioning/dashboards/vigie.yml")) as { providers: { options: { path: string } }[] };
    expect(mountAt(grafana, provider.providers[0]?.options.path as string)).toBe(path.join(here, "grafana", "dashboards"));
    const datasources = parse(read("grafana/provisioning/datasources/prometheus.yml")) as { datasources: { type: string; url: string }[] };
    expect(datasources.datasources).toEqual([expect.objectContaining({ type: "prometheus", url: "http://prometheus:9090" })]);
  });

  it("renders pgBackRest's configuration at start in every pgBackRest service, with the off-site repository from docker/.env", (ctx) => {
    const s = services(ctx);
    expect(s.postgres?.entrypoint).toEqual(["pgbackrest-config", "docker-entrypoint.sh"]);
    for (const name of ["backup", "backup-sshd"]) expect(s[name]?.entrypoint, name).toEqual(["pgbackrest-config"]);
    expect(s["backup-sshd"]?.command).toEqual(["backup-sshd"]);
    const used = new Set([...read("backup/pgbackrest.conf").matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1] as string));
    expect([...used].sort()).toEqual(["BACKUP_SERVER", "BACKUP_SERVER_CONFIG", "BACKUP_SERVER_PORT", "BACKUP_SERVER_USER"]);
    for (const name of ["postgres", "backup", "backup-sshd"]) for (const v of used) expect(s[name]?.environment, `${name}: ${v}`).toHaveProperty(v);
    // without BACKUP_SERVER, no off-site repository
    expect(s.postgres?.environment?.BACKUP_SERVER).toBe("");
    for (const name of ["backup", "postgres"]) expect(s[name]?.secrets?.map((x) => x.source), name).toEqual(expect.arrayContaining(["backup_cipher_pass", "backup_ssh_key", "backup_known_hosts"]));
    expect(s["backup-sshd"]?.secrets?.map((x) => x.source).sort()).toEqual(["backup_cipher_pass", "backup_peer_ssh_pubkey"]);
    // the image: every file its Dockerfile copies exists (context: docker/), and the secrets stay out of it
    const postgresBuild = (s.postgres as Service).build;
    expect(postgresBuild?.context).toBe(here);
    const dockerfile = read(postgresBuild?.dockerfile ?? "");
    for (const [, src] of dockerfile.matchAll(/^COPY (\S+) /gm)) expect(fs.existsSync(path.join(here, src as string)), src).toBe(true);
    expect(read(".dockerignore")).toMatch(/^secrets$/m);
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
    // the superuser over the socket: Vigie's role is not one
    expect(conf).toMatchObject({ "repo1-retention-full-type": "time", "repo1-retention-full": "2", "pg1-user": "postgres" });
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
    // a static target (rendered only with the redis profile: promtool.test.ts), so that a dead exporter is a TargetDown
    const prom = parse(read("prometheus/prometheus.yml")) as { scrape_configs: { job_name: string; dns_sd_configs?: unknown[]; static_configs?: { targets: string[] }[] }[] };
    const redis = prom.scrape_configs.find((j) => j.job_name === "redis");
    expect(redis?.dns_sd_configs).toBeUndefined();
    expect(redis?.static_configs?.[0]?.targets).toEqual(["redis-exporter:9121"]);
  });

  it("runs PostgreSQL with its superuser apart: Vigie and postgres-exporter each have their own role (postgres/init)", (ctx) => {
    const s = services(ctx);
    expect(s.postgres?.environment).toMatchObject({ POSTGRES_USER: "postgres", POSTGRES_DB: "vigie", POSTGRES_PASSWORD_FILE: "/run/secrets/postgres_password" });
    expect(mountAt(s.postgres, "/docker-entrypoint-initdb.d")).toBe(path.join(here, "postgres", "init"));
    expect(fs.statSync(path.join(here, "postgres", "init", "10-roles.sh")).mode & 0o111, "executable: the image runs it").not.toBe(0);
    expect(s.postgres?.secrets?.map((x) => x.source).sort()).toEqual(["backup_cipher_pass", "backup_known_hosts", "backup_ssh_key", "postgres_exporter_password", "postgres_password", "vigie_db_password"]);
    // Over TCP: the first start's temporary server (running the init scripts) listens on the socket only.
    expect(s.postgres?.healthcheck?.test).toEqual(["CMD", "pg_isready", "-h", "127.0.0.1", "-U", "postgres", "-d", "vigie"]);
    expect(s["postgres-exporter"]?.environment).toMatchObject({ DATA_SOURCE_USER: "postgres_exporter", DATA_SOURCE_PASS_FILE: "/run/secrets/postgres_exporter_password" });
    expect(s["postgres-exporter"]?.secrets?.map((x) => x.source)).toEqual(["postgres_exporter_password"]);
    // the collector behind PostgresTxidWraparound's metric (off by default in postgres_exporter 0.15)
    const rules = fs.readdirSync(path.join(here, "prometheus", "rules")).map((f) => read(path.join("prometheus", "rules", f))).join("\n");
    expect(rules).toContain("pg_database_wraparound_age_datfrozenxid_seconds");
    expect(s["postgres-exporter"]?.command).toContain("--collector.database_wraparound");
  });

  it("runs node-exporter as its documented Docker setup: host network and PID namespace, the root filesystem at /host", (ctx) => {
    const s = services(ctx);
    const node = s["node-exporter"] as Service;
    expect(node.network_mode).toBe("host");
    expect(node.pid).toBe("host");
    expect(node.command).toContain("--path.rootfs=/host");
    expect(mountAt(node, "/host")).toBe("/");
    // Prometheus, on the bridge, reaches it by the same name through the host gateway
    expect(s.prometheus?.extra_hosts).toEqual(["node-exporter:host-gateway"]);
  });

  it("runs a cAdvisor release that works with Docker 29 and the containerd image store, from ghcr.io", (ctx) => {
    const cadvisor = services(ctx).cadvisor as Service;
    const [, version] = /^ghcr\.io\/google\/cadvisor:v(\d+\.\d+\.\d+)$/.exec(cadvisor.image ?? "") ?? [];
    const [major, minor] = (version ?? "0.0.0").split(".").map(Number) as [number, number];
    // v0.57.0 restored Docker API 1.40+ negotiation (v0.54.1 to v0.56 refused engines below 1.44)
    expect(major === 0 && minor >= 57, cadvisor.image).toBe(true);
    expect(mountAt(cadvisor, "/var/lib/containerd")?.replace(/\/$/, "")).toBe("/var/lib/containerd");
  });

  it("publishes Caddy only (80, 443) on the host's interfaces; Prometheus and Alertmanager on loopback; Vigie and Grafana nowhere", (ctx) => {
    const s = services(ctx);
    const ports = Object.fromEntries(Object.entries(s).filter(([, x]) => (x.ports ?? []).length > 0).map(([name, x]) => [name, (x.ports ?? []).map(published).sort()]));
    expect(ports).toEqual({
      caddy: ["0.0.0.0:443", "0.0.0.0:443", "0.0.0.0:80"],
      prometheus: ["127.0.0.1:9090"],
      alertmanager: ["127.0.0.1:9093"],
      // profile offsite: for the backup server's SSH logins only (one key, restricted)
      "backup-sshd": ["0.0.0.0:2222"],
    });
    expect(s.caddy?.environment).toMatchObject({ VIGIE_SITE: "https://localhost", VIGIE_UPSTREAMS: "vigie:3000", GRAFANA_UPSTREAM: "grafana:3000" });
    expect(mountAt(s.caddy, "/etc/caddy/Caddyfile")).toBe(path.join(here, "caddy", "Caddyfile"));
  });

  it("sets Vigie's metrics token: the secret Vigie exports as METRICS_TOKEN is the one Prometheus sends", (ctx) => {
    const s = services(ctx);
    const prom = parse(read("prometheus/prometheus.yml")) as { scrape_configs: { job_name: string; authorization?: { credentials_file: string } }[] };
    expect(prom.scrape_configs.find((j) => j.job_name === "vigie")?.authorization?.credentials_file).toBe("/run/secrets/vigie_metrics_token");
    expect(s.vigie?.secrets?.map((x) => x.source)).toContain("vigie_metrics_token");
    expect(read("vigie/entrypoint.sh")).toMatch(/METRICS_TOKEN.*vigie_metrics_token|vigie_metrics_token[\s\S]*METRICS_TOKEN/);
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

describe("docker/backup-server/compose.yaml (docker-compose config), the off-site backup server", () => {
  const file = path.join(here, "backup-server", "compose.yaml");
  const env = () => ({ ...cleanEnv(), VIGIE_HOST: "vigie.example.org", COMPOSE_PROJECT_NAME: "vigie-backup" });

  it("is valid, and refuses to start without VIGIE_HOST", async (ctx) => {
    requireBinaries(ctx, [DOCKER_COMPOSE]);
    const missing = await run(DOCKER_COMPOSE.bin, ["-f", file, "config"], { env: cleanEnv(), timeoutMs: 60_000 });
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain("set VIGIE_HOST");
    const result = await run(DOCKER_COMPOSE.bin, ["-f", file, "config"], { env: env(), timeoutMs: 60_000 });
    expect(result.code, result.output).toBe(0);
    const config = parse(result.stdout) as Resolved;
    const s = config.services;
    expect(Object.keys(s).sort()).toEqual(["job", "sshd"]);
    // the same image as the Vigie host's PostgreSQL (the same pgBackRest on both sides)
    for (const service of Object.values(s)) {
      expect(service.image).toBe("vigie-postgres:17");
      expect(service.build?.context).toBe(here);
      expect(service.entrypoint).toEqual(["pgbackrest-config"]);
      expect(service.environment?.PGBACKREST_TEMPLATE).toBe("/etc/vigie/backup-server-pgbackrest.conf.in");
      expect(mountAt(service, "/offsite")).toBe("offsite");
    }
    expect(s.sshd?.command).toEqual(["backup-sshd"]);
    expect(s.job?.command).toEqual(["backup-server-job"]);
    // every variable of its pgBackRest template comes from its environment
    const used = new Set([...read("backup-server/pgbackrest.conf").matchAll(/\$\{([A-Z_][A-Z0-9_]*)\}/g)].map((m) => m[1] as string));
    for (const name of ["sshd", "job"]) for (const v of used) expect(s[name]?.environment, `${name}: ${v}`).toHaveProperty(v);
    // the same secret names as on the Vigie host, each side's own files
    for (const [name, secret] of Object.entries(config.secrets)) {
      expect(secret.file, name).toBe(path.join(here, "secrets", name));
      expect(fs.existsSync(`${secret.file}.example`), `${name}.example`).toBe(true);
    }
    expect(s.job?.secrets?.map((x) => x.source).sort()).toEqual(["backup_cipher_pass", "backup_known_hosts", "backup_ssh_key"]);
    expect(s.sshd?.secrets?.map((x) => x.source).sort()).toEqual(["backup_cipher_pass", "backup_peer_ssh_pubkey"]);
    // encrypted, with its own retention
    expect(read("backup-server/pgbackrest.conf")).toMatch(/^repo2-cipher-type=aes-256-cbc$/m);
    expect(read("backup-server/pgbackrest.conf")).toMatch(/^repo2-retention-full=\$\{OFFSITE_RETENTION_DAYS\}$/m);
    expect(s.job?.environment?.OFFSITE_RETENTION_DAYS).toBe("14");
  });
});

describe("the shipped .env.example files, as docker/.env", () => {
  it.for([
    ["docker/.env.example", "compose.yaml", ".env.example"],
    ["docker/backup-server/.env.example", "backup-server/compose.yaml", "backup-server/.env.example"],
  ] as const)("%s resolves its compose file", async ([, compose, envFile], ctx) => {
    requireBinaries(ctx, [DOCKER_COMPOSE]);
    const result = await run(DOCKER_COMPOSE.bin, ["--env-file", path.join(here, envFile), "-f", path.join(here, compose), "config"], { env: cleanEnv(), timeoutMs: 60_000 });
    expect(result.code, result.output).toBe(0);
    const s = (parse(result.stdout) as Resolved).services;
    if (compose === "compose.yaml") {
      // Grafana under the public address, Caddy on it, the Alertmanager rendered from the same file's values
      expect(s.grafana?.environment?.GF_SERVER_ROOT_URL).toBe("https://vigie.example.org/grafana/");
      expect(s.caddy?.environment?.VIGIE_SITE).toBe("https://vigie.example.org");
      expect(s.alertmanager?.environment).toMatchObject({ SMTP_HOST: "smtp.example.org", SMTP_PORT: "587", ADMIN_EMAILS: expect.stringContaining("@") });
    } else expect(s.job?.environment?.VIGIE_HOST).toBe("vigie.example.org");
  });
});
