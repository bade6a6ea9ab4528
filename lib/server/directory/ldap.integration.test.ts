import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { missingMessage, requireBinaries } from "@/docker/testing/native";
import { freePort } from "@/scripts/lib/net";
import { testDb } from "@/test/support/db";
import { BASE, people, SERVICE, SLAPD, startSlapd, type Slapd } from "@/test/support/slapd";
import { parseLdapConfig } from "./ldap-config";
import { authenticateLdap, LDAP_NO_ROLE, LDAP_WRONG } from "./ldap-authenticate";
import { DIRECTORY_UNAVAILABLE } from "./ldap-directory";

// Sign-in against a real OpenLDAP (Debian's slapd) on loopback, StartTLS with a throwaway CA.
let slapd: Slapd | undefined;
beforeAll(async () => {
  if (!missingMessage([SLAPD])) slapd = await startSlapd();
}, 60_000);
afterAll(() => slapd?.stop());
beforeEach((ctx) => requireBinaries(ctx, [SLAPD]));

const address = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;
const env = (change: Record<string, string | undefined> = {}) => parseLdapConfig({
  LDAP_URL: slapd!.url, LDAP_STARTTLS: "true", LDAP_CA_FILE: slapd!.caFile, LDAP_BIND_DN: SERVICE.dn, LDAP_BIND_PASSWORD: SERVICE.password,
  LDAP_USER_BASE: `ou=people,${BASE}`, LDAP_ROLE_MAP: "ADMIN:vigie-admins,TECHNICIAN:vigie-techs", LDAP_TIMEOUT: "5s", ...change,
})!;
const signIn = (username: string, password: string, change: Record<string, string | undefined> = {}, from = address()) =>
  authenticateLdap(testDb(), { username, password, address: from }, { breakGlass: [], config: env(change), sleep: async () => {} });
const lastEvent = (subject: string) => testDb().securityEvent.findFirstOrThrow({ where: { subject }, orderBy: { id: "desc" } });

describe("LDAP sign-in", () => {
  it("signs in with the role of the groups, creating the account from the directory entry", async () => {
    const ada = await signIn("ada", people.ada.password);
    expect(ada).toMatchObject({ email: slapd!.mailOf("ada"), name: "Ada Admin", role: "ADMIN" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: ada.id } });
    expect(stored).toMatchObject({ authSource: "ldap", passwordHash: "", externalId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-/) });
    expect(await lastEvent(ada.email)).toMatchObject({ type: "signin.succeeded", actorId: ada.id, data: { source: "ldap" } });
    expect(await signIn("ADA", people.ada.password)).toMatchObject({ id: ada.id });
    expect(await signIn("tom", people.tom.password)).toMatchObject({ email: slapd!.mailOf("tom"), role: "TECHNICIAN" });
  });

  it("reads the groups by a search of LDAP_GROUP_BASE too", async () => {
    const search = { LDAP_GROUPS: "search", LDAP_GROUP_BASE: `ou=groups,${BASE}` };
    expect(await signIn("ada", people.ada.password, search)).toMatchObject({ role: "ADMIN" });
    expect(await signIn("tom", people.tom.password, { ...search, LDAP_GROUP_FILTER: "(&(objectClass=groupOfNames)(member={dn}))" })).toMatchObject({ role: "TECHNICIAN" });
  });

  it("follows a change of groups at the next sign-in; someone removed from every group can no longer sign in", async () => {
    expect(await signIn("tess", people.tess.password)).toMatchObject({ role: "TECHNICIAN" });
    await slapd!.addMember("vigie-admins", "tess");
    const promoted = await signIn("tess", people.tess.password);
    expect(promoted.role).toBe("ADMIN");
    const changed = await testDb().securityEvent.findFirst({ where: { subject: promoted.email, type: "user.role_changed" } });
    expect(changed).toMatchObject({ data: { from: "TECHNICIAN", to: "ADMIN", by: "ldap" } });
    await slapd!.removeMember("vigie-admins", "tess");
    await slapd!.removeMember("vigie-techs", "tess");
    await expect(signIn("tess", people.tess.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: LDAP_NO_ROLE });
    expect(await lastEvent("ldap:tess")).toMatchObject({ type: "signin.failed", data: { source: "ldap", reason: "no role" } });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: promoted.id } })).toMatchObject({ role: "ADMIN" });
  });

  it("refuses a person in no group, and creates no account; LDAP_DEFAULT_ROLE lets them in with that role", async () => {
    await expect(signIn("uma", people.uma.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: LDAP_NO_ROLE });
    expect(await lastEvent("ldap:uma")).toMatchObject({ type: "signin.failed", data: { reason: "no role" } });
    expect(await testDb().user.findUnique({ where: { email: slapd!.mailOf("uma") } })).toBeNull();
    expect(await signIn("uma", people.uma.password, { LDAP_DEFAULT_ROLE: "OBSERVER" })).toMatchObject({ role: "OBSERVER" });
  });

  it("refuses a wrong password, slows the next attempts, then locks the account even for the right password", async () => {
    const delays: number[] = [];
    const config = env();
    const attempt = (password: string) => authenticateLdap(testDb(), { username: "tom", password, address: address() }, { breakGlass: [], config, sleep: async (ms) => delays.push(ms) });
    for (let i = 0; i < 5; i++) await expect(attempt(`wrong-${i}`)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: LDAP_WRONG });
    expect(delays).toEqual([1_000, 2_000]);
    expect(await testDb().securityEvent.count({ where: { subject: "ldap:tom", type: "signin.failed", data: { path: ["reason"], equals: "password" } } })).toBe(5);
    await expect(attempt(people.tom.password)).rejects.toMatchObject({ code: "RATE_LIMITED", message: expect.stringMatching(/Try again in (59|60) seconds/) });
    expect(await lastEvent("ldap:tom")).toMatchObject({ type: "signin.locked" });
    await testDb().signInThrottle.deleteMany({ where: { key: "account:ldap:tom" } });
  }, 30_000);

  it("refuses an empty password before the directory sees anything (an unauthenticated bind would succeed)", async () => {
    const before = slapd!.logs().length;
    await expect(signIn("ada", "")).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: "Enter your username and password." });
    await new Promise((r) => setTimeout(r, 300));
    expect(slapd!.logs().slice(before)).not.toMatch(/ACCEPT|BIND/);
    // The log does show a sign-in that reaches the directory: the check above can see one.
    await signIn("ada", people.ada.password);
    await new Promise((r) => setTimeout(r, 300));
    expect(slapd!.logs().slice(before)).toMatch(/BIND dn="uid=ada,ou=people,dc=vigie,dc=test" mech=SIMPLE bind_ssf=0 ssf=256/);
  });

  it.each(["*", ")(uid=*", "ada)(|(uid=*", "*)(objectClass=*", "a*"])("finds nobody for the username %j (filter metacharacters are escaped)", async (username) => {
    await expect(signIn(username, people.ada.password)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: LDAP_WRONG });
    expect(await lastEvent(`ldap:${username.toLowerCase()}`)).toMatchObject({ type: "signin.failed", data: { reason: "no such user" } });
  });

  it("finds the one person whose username really has those characters", async () => {
    await slapd!.addPerson("o*(brien)", "obrien-Pass-1");
    await expect(signIn("o*(brien)", "obrien-Pass-1")).rejects.toMatchObject({ message: LDAP_NO_ROLE });
    expect(slapd!.logs()).toContain('filter="(uid=o\\2A\\28brien\\29)"');
  });
});

describe("LDAP transport", () => {
  it("fails with a CA that did not sign the server's certificate, says the directory is unavailable, and gives the attempt back", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(signIn("ada", people.ada.password, { LDAP_CA_FILE: slapd!.wrongCaFile })).rejects.toMatchObject({ code: "UNAVAILABLE", message: DIRECTORY_UNAVAILABLE });
      expect(log).toHaveBeenCalledTimes(1);
      expect(String(log.mock.calls[0]![0])).toMatch(/^LDAP sign-in: ldap:\/\/127\.0\.0\.1:\d+ failed at the connect and StartTLS: .*certificate/);
    } finally {
      log.mockRestore();
    }
    expect(await lastEvent("ldap:ada")).toMatchObject({ type: "signin.failed", data: { reason: "directory unavailable" } });
    expect(await testDb().signInThrottle.findUnique({ where: { key: "account:ldap:ada" } })).toMatchObject({ failures: 0 });
  });

  it("works over ldaps:// with the test CA, and not without it", async () => {
    const ldaps = { LDAP_URL: slapd!.secureUrl, LDAP_STARTTLS: "false" };
    expect(await signIn("ada", people.ada.password, ldaps)).toMatchObject({ role: "ADMIN" });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(signIn("ada", people.ada.password, { ...ldaps, LDAP_CA_FILE: undefined })).rejects.toMatchObject({ code: "UNAVAILABLE" });
    } finally {
      log.mockRestore();
    }
  });

  it("says the directory is unavailable when nothing listens, or when it refuses the service account", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const closed = `ldap://127.0.0.1:${await freePort()}`;
      await expect(signIn("ada", people.ada.password, { LDAP_URL: closed })).rejects.toMatchObject({ code: "UNAVAILABLE", message: DIRECTORY_UNAVAILABLE });
      await expect(signIn("ada", people.ada.password, { LDAP_BIND_PASSWORD: "not-the-service-password" })).rejects.toMatchObject({ code: "UNAVAILABLE" });
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([
        expect.stringMatching(/failed at the connect and StartTLS: ECONNREFUSED/),
        expect.stringMatching(/failed at the service account bind: InvalidCredentialsError \(LDAP result 49\)$/),
      ]);
    } finally {
      log.mockRestore();
    }
  });
});
