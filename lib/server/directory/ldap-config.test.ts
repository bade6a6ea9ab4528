import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { ldapDisplayName, ldapEnabled, parseLdapConfig } from "./ldap-config";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-ldap-config-"));
const pem = path.join(dir, "ca.pem");
fs.writeFileSync(pem, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
const notPem = path.join(dir, "ca.der");
fs.writeFileSync(notPem, "\x30\x82\x01");
const secretFile = path.join(dir, "bind-password");
fs.writeFileSync(secretFile, " s3cret with spaces \n");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const openldap = {
  LDAP_URL: "ldap://ldap.example.org",
  LDAP_STARTTLS: "true",
  LDAP_CA_FILE: pem,
  LDAP_BIND_DN: "cn=vigie,ou=services,dc=example,dc=org",
  LDAP_BIND_PASSWORD: "s3cret",
  LDAP_USER_BASE: "ou=people,dc=example,dc=org",
  LDAP_ROLE_MAP: "ADMIN:vigie-admins,TECHNICIAN:vigie-techs",
};

describe("parseLdapConfig", () => {
  it("is off without LDAP_URL", () => {
    expect(parseLdapConfig({ LDAP_BIND_DN: "cn=x" })).toBeNull();
    expect(parseLdapConfig({ LDAP_URL: "" })).toBeNull();
  });

  it("reads OpenLDAP's defaults", () => {
    expect(parseLdapConfig(openldap)).toEqual({
      url: "ldap://ldap.example.org", startTls: true, ca: fs.readFileSync(pem, "utf8"),
      bindDn: "cn=vigie,ou=services,dc=example,dc=org", bindPassword: "s3cret", userBase: "ou=people,dc=example,dc=org",
      userFilter: "(uid={username})", emailAttribute: "mail", nameAttribute: "cn", groups: { kind: "memberOf" },
      mapping: { groups: { ADMIN: ["vigie-admins"], TECHNICIAN: ["vigie-techs"], OBSERVER: [] }, defaultRole: null },
      name: "Directory", timeoutMs: 10_000,
    });
  });

  it("reads an Active Directory over ldaps:// with a group search, a password file and a default role", () => {
    const config = parseLdapConfig({
      ...openldap, LDAP_URL: "ldaps://dc1.corp.example.com:636/", LDAP_STARTTLS: "false", LDAP_BIND_PASSWORD: undefined,
      LDAP_BIND_PASSWORD_FILE: secretFile, LDAP_USER_FILTER: "(&(objectClass=user)(sAMAccountName={username}))",
      LDAP_GROUPS: "search", LDAP_GROUP_BASE: "dc=corp,dc=example,dc=com", LDAP_GROUP_FILTER: "(member:1.2.840.113556.1.4.1941:={dn})",
      LDAP_NAME_ATTRIBUTE: "displayName", LDAP_DEFAULT_ROLE: "observer", LDAP_NAME: "Corp AD", LDAP_TIMEOUT: "5s",
    });
    expect(config).toMatchObject({
      url: "ldaps://dc1.corp.example.com:636", startTls: false, bindPassword: " s3cret with spaces ",
      userFilter: "(&(objectClass=user)(sAMAccountName={username}))", nameAttribute: "displayName",
      groups: { kind: "search", base: "dc=corp,dc=example,dc=com", filter: "(member:1.2.840.113556.1.4.1941:={dn})" },
      mapping: { defaultRole: "OBSERVER" }, name: "Corp AD", timeoutMs: 5_000,
    });
  });

  it.each([
    [{ LDAP_URL: "http://ldap.example.org" }, /^Invalid configuration: LDAP_URL must be ldap:\/\//],
    [{ LDAP_URL: "ldaps://ldap.example.org" }, /LDAP_STARTTLS must be false with an ldaps:\/\/ URL/],
    [{ LDAP_STARTTLS: "maybe" }, /LDAP_STARTTLS/],
    [{ LDAP_STARTTLS: "false" }, /LDAP_CA_FILE is used only with an ldaps:\/\/ URL or LDAP_STARTTLS=true/],
    [{ LDAP_CA_FILE: path.join(dir, "missing.pem") }, /LDAP_CA_FILE cannot be read \(ENOENT\)/],
    [{ LDAP_CA_FILE: notPem }, /LDAP_CA_FILE must be PEM certificates/],
    [{ LDAP_BIND_DN: "" }, /LDAP_BIND_DN is required/],
    [{ LDAP_BIND_PASSWORD: "" }, /LDAP_BIND_PASSWORD is required/],
    [{ LDAP_BIND_PASSWORD_FILE: secretFile }, /LDAP_BIND_PASSWORD_FILE and LDAP_BIND_PASSWORD are both set/],
    [{ LDAP_BIND_PASSWORD: undefined, LDAP_BIND_PASSWORD_FILE: path.join(dir, "nope") }, /LDAP_BIND_PASSWORD_FILE cannot be read/],
    [{ LDAP_USER_BASE: undefined }, /LDAP_USER_BASE is required/],
    [{ LDAP_USER_FILTER: "(uid=admin)" }, /LDAP_USER_FILTER must be a filter in parentheses with \{username\}/],
    [{ LDAP_USER_FILTER: "uid={username}" }, /LDAP_USER_FILTER/],
    [{ LDAP_EMAIL_ATTRIBUTE: "mail)(x" }, /LDAP_EMAIL_ATTRIBUTE must be an attribute name/],
    [{ LDAP_GROUPS: "nested" }, /LDAP_GROUPS must be "memberOf" or "search"/],
    [{ LDAP_GROUPS: "search" }, /LDAP_GROUP_BASE is required with LDAP_GROUPS=search/],
    [{ LDAP_GROUP_FILTER: "(member=x)" }, /LDAP_GROUP_FILTER must be a filter in parentheses with \{dn\} or \{username\}/],
    [{ LDAP_ROLE_MAP: "BOSS:vigie-admins" }, /LDAP_ROLE_MAP "BOSS:vigie-admins": write ROLE:group/],
    [{ LDAP_DEFAULT_ROLE: "KING" }, /LDAP_DEFAULT_ROLE must be ADMIN, TECHNICIAN or OBSERVER/],
    [{ LDAP_TIMEOUT: "10" }, /LDAP_TIMEOUT must be a duration/],
  ])("%j names the bad variable on one line", (change, message) => {
    expect(() => parseLdapConfig({ ...openldap, ...change })).toThrow(message);
    try {
      parseLdapConfig({ ...openldap, ...change });
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});

describe("ldapEnabled and ldapDisplayName", () => {
  afterEach(() => vi.unstubAllEnvs());
  it("are off and \"Directory\" without LDAP_URL and LDAP_NAME", () => {
    vi.stubEnv("LDAP_URL", "");
    vi.stubEnv("LDAP_NAME", " ");
    expect(ldapEnabled()).toBe(false);
    expect(ldapDisplayName()).toBe("Directory");
  });
  it("follow LDAP_URL and LDAP_NAME, even when another variable is bad (the sign-in page must still show)", () => {
    vi.stubEnv("LDAP_URL", "ldap://ldap.example.org");
    vi.stubEnv("LDAP_NAME", "Corp AD");
    vi.stubEnv("LDAP_TIMEOUT", "forever");
    expect(ldapEnabled()).toBe(true);
    expect(ldapDisplayName()).toBe("Corp AD");
  });
});
