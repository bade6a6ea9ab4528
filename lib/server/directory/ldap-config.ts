import fs from "node:fs";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { parseRoleMap, type RoleMapping } from "@/lib/domain/directory-roles";
import { EnvError, parseDuration } from "@/lib/env";

// LDAP / Active Directory sign-in from the environment; off unless LDAP_URL is set. README.md lists the variables.
export type LdapConfig = {
  url: string;
  startTls: boolean;
  /** PEM certificates trusted for ldaps:// and StartTLS; undefined: the system's CAs. */
  ca: string | undefined;
  bindDn: string;
  bindPassword: string;
  userBase: string;
  userFilter: string;
  emailAttribute: string;
  nameAttribute: string;
  groups: { kind: "memberOf" } | { kind: "search"; base: string; filter: string };
  mapping: RoleMapping;
  name: string;
  timeoutMs: number;
};

const attribute = z.string().regex(/^[A-Za-z][\w-]*$/, "must be an attribute name such as mail");
const filter = (placeholders: string) =>
  z.string().refine((v) => /^\(.*\)$/s.test(v) && new RegExp(placeholders).test(v), `must be a filter in parentheses with ${placeholders.replace(/\\/g, "").replace("|", " or ")}`);

const required = (why: string) => z.string(`is required (${why})`).min(1, `is required (${why})`);

const schema = z.object({
  URL: z.string().regex(/^ldaps?:\/\/[^/\s]+\/?$/i, "must be ldap://host[:port] or ldaps://host[:port]"),
  STARTTLS: z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => ["true", "1", "yes"].includes(v)).default(false),
  CA_FILE: z.string().optional(),
  BIND_DN: required("the service account that searches the directory"),
  BIND_PASSWORD: required("or LDAP_BIND_PASSWORD_FILE"),
  USER_BASE: required("the DN under which people are searched"),
  USER_FILTER: filter("\\{username\\}").default("(uid={username})"),
  EMAIL_ATTRIBUTE: attribute.default("mail"),
  NAME_ATTRIBUTE: attribute.default("cn"),
  GROUPS: z.enum(["memberOf", "search"], 'must be "memberOf" or "search"').default("memberOf"),
  GROUP_BASE: z.string().optional(),
  GROUP_FILTER: filter("\\{dn\\}|\\{username\\}").default("(member={dn})"),
  ROLE_MAP: z.string().default(""),
  DEFAULT_ROLE: z.string().toUpperCase().pipe(z.enum(roles, "must be ADMIN, TECHNICIAN or OBSERVER (or empty: refuse)")).optional(),
  NAME: z.string().trim().min(1).max(60).default("Directory"),
  TIMEOUT: z.string().regex(/^\d+(ms|s|m)$/, 'must be a duration such as "10s"').transform(parseDuration).default(10_000),
});

const fail = (variable: string, message: string): never => {
  throw new EnvError(`Invalid configuration: ${variable} ${message}`);
};

function readFile(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    return fail(variable, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): ${file}`);
  }
}

/** Parses the LDAP variables (null when LDAP_URL is unset); the error names the bad variable on one line. */
export function parseLdapConfig(source: Record<string, string | undefined>): LdapConfig | null {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, source[`LDAP_${k}`]?.trim() || undefined]));
  if (!raw.URL) return null;
  if (source.LDAP_BIND_PASSWORD_FILE && source.LDAP_BIND_PASSWORD) fail("LDAP_BIND_PASSWORD_FILE", "and LDAP_BIND_PASSWORD are both set: keep one");
  if (source.LDAP_BIND_PASSWORD_FILE) raw.BIND_PASSWORD = readFile("LDAP_BIND_PASSWORD_FILE", source.LDAP_BIND_PASSWORD_FILE).replace(/\r?\n$/, "");
  else raw.BIND_PASSWORD = source.LDAP_BIND_PASSWORD || undefined; // a password is not trimmed
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`LDAP_${issue.path.join(".")}`, issue.message);
  }
  const c = parsed.data;
  const secure = /^ldaps:/i.test(c.URL);
  if (secure && c.STARTTLS) fail("LDAP_STARTTLS", "must be false with an ldaps:// URL (the connection is already encrypted)");
  let ca: string | undefined;
  if (c.CA_FILE) {
    if (!secure && !c.STARTTLS) fail("LDAP_CA_FILE", "is used only with an ldaps:// URL or LDAP_STARTTLS=true");
    ca = readFile("LDAP_CA_FILE", c.CA_FILE);
    if (!ca.includes("-----BEGIN CERTIFICATE-----")) fail("LDAP_CA_FILE", `must be PEM certificates (-----BEGIN CERTIFICATE-----): ${c.CA_FILE}`);
  }
  if (c.GROUPS === "search" && !c.GROUP_BASE) fail("LDAP_GROUP_BASE", "is required with LDAP_GROUPS=search (the DN under which groups are searched)");
  let groups: RoleMapping["groups"] = { ADMIN: [], TECHNICIAN: [], OBSERVER: [] };
  try {
    groups = parseRoleMap(c.ROLE_MAP);
  } catch (error) {
    fail("LDAP_ROLE_MAP", (error as Error).message);
  }
  return {
    url: c.URL.replace(/\/$/, ""), startTls: c.STARTTLS, ca, bindDn: c.BIND_DN, bindPassword: c.BIND_PASSWORD,
    userBase: c.USER_BASE, userFilter: c.USER_FILTER, emailAttribute: c.EMAIL_ATTRIBUTE, nameAttribute: c.NAME_ATTRIBUTE,
    groups: c.GROUPS === "search" ? { kind: "search", base: c.GROUP_BASE!, filter: c.GROUP_FILTER } : { kind: "memberOf" },
    mapping: { groups, defaultRole: c.DEFAULT_ROLE ?? null }, name: c.NAME, timeoutMs: c.TIMEOUT,
  };
}

let cached: { config: LdapConfig | null } | undefined;

/** The parsed configuration, read once (null: LDAP sign-in is off). Throws on a bad configuration. */
export function ldapConfig(): LdapConfig | null {
  cached ??= { config: parseLdapConfig(process.env) };
  return cached.config;
}

/** Forget the parsed configuration (tests change process.env between cases). */
export function resetLdapConfig(): void {
  cached = undefined;
}

/** LDAP sign-in is offered when LDAP_URL is set; a bad configuration then fails at start-up (instrumentation). */
export function ldapEnabled(): boolean {
  return Boolean(process.env.LDAP_URL?.trim());
}

/** The sign-in button's label (LDAP_NAME). Does not parse the rest, so a bad variable never hides the sign-in page. */
export function ldapDisplayName(): string {
  return process.env.LDAP_NAME?.trim().slice(0, 60) || "Directory";
}
