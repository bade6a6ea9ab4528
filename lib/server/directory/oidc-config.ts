import fs from "node:fs";
import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { parseRoleMap, type RoleMapping } from "@/lib/domain/directory-roles";

// OpenID Connect providers from the environment: OIDC_PROVIDERS=keycloak,entra, then for each id ID:
// OIDC_ID_ISSUER, OIDC_ID_CLIENT_ID, OIDC_ID_CLIENT_SECRET (or _CLIENT_SECRET_FILE), OIDC_ID_NAME, OIDC_ID_SCOPES,
// OIDC_ID_ROLE_CLAIM (default groups), OIDC_ID_ROLE_MAP (ADMIN:group|group,…), OIDC_ID_DEFAULT_ROLE (empty: refuse).
export type OidcProvider = {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  roleClaim: string;
  mapping: RoleMapping;
};

const providerSchema = z.object({
  ISSUER: z.url({ protocol: /^https?$/ }),
  CLIENT_ID: z.string().min(1),
  CLIENT_SECRET: z.string().min(1),
  NAME: z.string().min(1).max(60).optional(),
  SCOPES: z.string().default("openid email profile"),
  ROLE_CLAIM: z.string().regex(/^[\w.:/-]+$/).default("groups"),
  ROLE_MAP: z.string().default(""),
  DEFAULT_ROLE: z.enum(roles).optional(),
});

function secret(source: Record<string, string | undefined>, prefix: string): string | undefined {
  const file = source[`${prefix}CLIENT_SECRET_FILE`];
  return file ? fs.readFileSync(file, "utf8").trim() : source[`${prefix}CLIENT_SECRET`];
}

/** Parses the providers; the error names the bad variable on one line. */
export function parseOidcProviders(source: Record<string, string | undefined>): OidcProvider[] {
  const ids = (source.OIDC_PROVIDERS ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
  return ids.map((id) => {
    if (!/^[a-z0-9-]{1,30}$/.test(id)) throw new Error(`Invalid configuration: OIDC_PROVIDERS "${id}" must be letters, digits and dashes`);
    const prefix = `OIDC_${id.toUpperCase().replace(/-/g, "_")}_`;
    const raw = Object.fromEntries(Object.keys(providerSchema.shape).map((k) => [k, source[`${prefix}${k}`] || undefined]));
    const parsed = providerSchema.safeParse({ ...raw, CLIENT_SECRET: secret(source, prefix) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`Invalid configuration: ${prefix}${issue.path.join(".")} ${issue.message}`);
    }
    const p = parsed.data;
    let groups: RoleMapping["groups"];
    try {
      groups = parseRoleMap(p.ROLE_MAP);
    } catch (error) {
      throw new Error(`Invalid configuration: ${prefix}ROLE_MAP ${(error as Error).message}`);
    }
    const scopes = p.SCOPES.split(/\s+/).includes("openid") ? p.SCOPES : `openid ${p.SCOPES}`;
    return { id, name: p.NAME ?? id, issuer: p.ISSUER.replace(/\/$/, ""), clientId: p.CLIENT_ID, clientSecret: p.CLIENT_SECRET, scopes, roleClaim: p.ROLE_CLAIM, mapping: { groups, defaultRole: p.DEFAULT_ROLE ?? null } };
  });
}

let cached: OidcProvider[] | undefined;
export function oidcProviders(): OidcProvider[] {
  cached ??= parseOidcProviders(process.env);
  return cached;
}

/** A claim's groups: an array of strings, or one string (some providers send a single group so). */
export function claimGroups(profile: Record<string, unknown>, claim: string): string[] {
  const value = claim.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), profile);
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === "string");
  return typeof value === "string" ? [value] : [];
}
