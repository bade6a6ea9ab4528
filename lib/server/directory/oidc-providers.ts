import type { Provider } from "next-auth/providers/index";
import type { Role } from "@/lib/auth/roles";
import { roleFromGroups } from "@/lib/domain/directory-roles";
import { claimGroups, oidcProviders } from "./oidc-config";

export const OIDC_PREFIX = "oidc-";

/**
 * One next-auth OAuth provider per configured OpenID Connect issuer: discovery, authorization code with PKCE,
 * state and nonce, the ID token checked by openid-client. The role is decided from the groups claim here;
 * the account is provisioned in the sign-in callback.
 */
export function oidcAuthProviders(): Provider[] {
  return oidcProviders().map((p) => ({
    id: `${OIDC_PREFIX}${p.id}`,
    name: p.name,
    type: "oauth" as const,
    wellKnown: `${p.issuer}/.well-known/openid-configuration`,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authorization: { params: { scope: p.scopes } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(profile: Record<string, unknown>) {
      const directoryRole: Role | null = roleFromGroups(claimGroups(profile, p.roleClaim), p.mapping);
      return {
        id: String(profile.sub),
        email: typeof profile.email === "string" ? profile.email : "",
        name: typeof profile.name === "string" ? profile.name : typeof profile.preferred_username === "string" ? profile.preferred_username : "",
        role: directoryRole ?? "OBSERVER",
        directoryRole,
        emailVerified: profile.email_verified !== false,
        sessionVersion: 0,
      };
    },
  }));
}

/** The buttons of the sign-in page. */
export function oidcButtons(): { id: string; name: string }[] {
  return oidcProviders().map((p) => ({ id: `${OIDC_PREFIX}${p.id}`, name: p.name }));
}
