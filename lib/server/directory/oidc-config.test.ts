import { describe, expect, it } from "vitest";
import { claimGroups, parseOidcProviders } from "./oidc-config";

const keycloak = {
  OIDC_PROVIDERS: "keycloak",
  OIDC_KEYCLOAK_ISSUER: "https://sso.example.org/realms/ops/",
  OIDC_KEYCLOAK_CLIENT_ID: "vigie",
  OIDC_KEYCLOAK_CLIENT_SECRET: "s3cret",
  OIDC_KEYCLOAK_NAME: "Company SSO",
  OIDC_KEYCLOAK_ROLE_MAP: "ADMIN:vigie-admins,OBSERVER:soc",
};

describe("parseOidcProviders", () => {
  it("reads one provider per id", () => {
    expect(parseOidcProviders(keycloak)).toEqual([
      {
        id: "keycloak", name: "Company SSO", issuer: "https://sso.example.org/realms/ops", clientId: "vigie", clientSecret: "s3cret",
        scopes: "openid email profile", roleClaim: "groups",
        mapping: { groups: { ADMIN: ["vigie-admins"], TECHNICIAN: [], OBSERVER: ["soc"] }, defaultRole: null },
      },
    ]);
  });
  it("is empty without OIDC_PROVIDERS", () => {
    expect(parseOidcProviders({})).toEqual([]);
  });
  it.each([
    [{ ...keycloak, OIDC_KEYCLOAK_ISSUER: "not a url" }, /OIDC_KEYCLOAK_ISSUER/],
    [{ ...keycloak, OIDC_KEYCLOAK_CLIENT_SECRET: "" }, /OIDC_KEYCLOAK_CLIENT_SECRET/],
    [{ ...keycloak, OIDC_KEYCLOAK_ROLE_MAP: "BOSS:x" }, /OIDC_KEYCLOAK_ROLE_MAP/],
    [{ ...keycloak, OIDC_KEYCLOAK_DEFAULT_ROLE: "KING" }, /OIDC_KEYCLOAK_DEFAULT_ROLE/],
    [{ ...keycloak, OIDC_PROVIDERS: "key cloak" }, /OIDC_PROVIDERS/],
  ])("names the bad variable", (source, message) => {
    expect(() => parseOidcProviders(source)).toThrow(message);
  });
});

describe("claimGroups", () => {
  it.each([
    [{ groups: ["a", "b", 3] }, "groups", ["a", "b"]],
    [{ groups: "a" }, "groups", ["a"]],
    [{ realm_access: { roles: ["admin"] } }, "realm_access.roles", ["admin"]],
    [{ roles: ["x"] }, "groups", []],
    [{ ["__proto__"]: { polluted: true } }, "__proto__.polluted", []],
  ])("%j %s", (profile, claim, expected) => {
    expect(claimGroups(profile as Record<string, unknown>, claim)).toEqual(expected);
  });
});
