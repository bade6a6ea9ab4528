import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { provisionDirectoryUser, type DirectoryIdentity } from "./provision-user";

const identity = (overrides: Partial<DirectoryIdentity> = {}): DirectoryIdentity => ({
  source: "oidc:sso", externalId: randomUUID(), email: `dir-${randomUUID().slice(0, 8)}@directory.test`, name: "Dana Directory", role: "TECHNICIAN", emailVerified: true, ...overrides,
});
const options = { breakGlass: ["breakglass@vigie.test"] };

describe("provisionDirectoryUser", () => {
  it("creates the account at the first sign-in, then follows the directory's email, name and role", async () => {
    const who = identity();
    const first = await provisionDirectoryUser(testDb(), who, options);
    expect(first).toMatchObject({ email: who.email, role: "TECHNICIAN", authSource: "oidc:sso", externalId: who.externalId, passwordHash: "" });
    const again = await provisionDirectoryUser(testDb(), { ...who, email: `renamed-${who.email}`, name: "Dana D.", role: "ADMIN" }, options);
    expect(again).toMatchObject({ id: first.id, email: `renamed-${who.email}`, name: "Dana D.", role: "ADMIN" });
    expect(await testDb().securityEvent.findFirst({ where: { type: "user.role_changed", subject: `renamed-${who.email}` } })).toMatchObject({ data: { from: "TECHNICIAN", to: "ADMIN" } });
  });

  it("keeps an account an admin deactivated in Vigie out", async () => {
    const who = identity();
    const user = await provisionDirectoryUser(testDb(), who, options);
    await testDb().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(provisionDirectoryUser(testDb(), who, options)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/deactivated/) });
  });

  it("joins a local account of the same verified email, which then loses its Vigie password", async () => {
    const local = await createUserRecord(testDb(), { role: "OBSERVER" });
    const joined = await provisionDirectoryUser(testDb(), identity({ email: local.email.toUpperCase() }), options);
    expect(joined).toMatchObject({ id: local.id, authSource: "oidc:sso", passwordHash: "" });
  });

  it.each([
    ["an unverified email", { emailVerified: false }, false],
    ["a break-glass account", {}, true],
  ])("never takes over a local account through %s", async (_, overrides, breakGlass) => {
    const local = await createUserRecord(testDb(), { email: breakGlass ? `breakglass@vigie.test` : undefined, role: "ADMIN" }).catch(async () => testDb().user.findUniqueOrThrow({ where: { email: "breakglass@vigie.test" } }).then((u) => ({ ...u, password: "" })));
    await expect(provisionDirectoryUser(testDb(), identity({ email: local.email, ...overrides }), options)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: local.id } })).authSource).toBe("local");
  });
});
