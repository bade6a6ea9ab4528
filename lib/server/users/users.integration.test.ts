import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { changeOwnPassword } from "./change-own-password";
import { changeUserRole } from "./change-user-role";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { resetUserPassword } from "./reset-user-password";
import { setUserActive } from "./set-user-active";

describe("user administration", () => {
  it("lets an admin create an account with a one-time password", async () => {
    const admin = await actorWithRole("ADMIN");
    const email = `new-${Date.now()}@vigie.local`;
    const { user, password } = await createUser({ actor: admin, input: { email, name: "New Person", role: "OBSERVER" } });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.role).toBe("OBSERVER");
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    await expect(createUser({ actor: admin, input: { email, name: "Again", role: "ADMIN" } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it.each(["TECHNICIAN", "OBSERVER"] as const)("refuses every admin use case to a %s", async (role) => {
    const actor = await actorWithRole(role);
    const target = await actorWithRole("TECHNICIAN");
    const forbidden = { code: "FORBIDDEN" };
    await expect(listUsers({ actor })).rejects.toMatchObject(forbidden);
    await expect(createUser({ actor, input: { email: "x@vigie.local", name: "x", role: "ADMIN" } })).rejects.toMatchObject(forbidden);
    await expect(changeUserRole({ actor, userId: target.id, role: "ADMIN" })).rejects.toMatchObject(forbidden);
    await expect(setUserActive({ actor, userId: target.id, active: false })).rejects.toMatchObject(forbidden);
    await expect(resetUserPassword({ actor, userId: target.id })).rejects.toMatchObject(forbidden);
  });

  it("deactivating ends the user's sessions and keeps the row", async () => {
    const admin = await actorWithRole("ADMIN");
    const tech = await actorWithRole("TECHNICIAN");
    await setUserActive({ actor: admin, userId: tech.id, active: false });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: tech.id } });
    expect(stored).toMatchObject({ active: false, sessionVersion: 1 });
    await setUserActive({ actor: admin, userId: tech.id, active: true });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: tech.id } })).active).toBe(true);
  });

  it("never leaves Vigie without an active admin", async () => {
    const admin = await actorWithRole("ADMIN");
    // Demote every other active admin first, so this one is the last.
    const others = await testDb().user.findMany({ where: { role: "ADMIN", active: true, NOT: { id: admin.id } } });
    await testDb().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: false } });
    try {
      await expect(changeUserRole({ actor: admin, userId: admin.id, role: "TECHNICIAN" })).rejects.toMatchObject({ code: "CONFLICT" });
      await expect(setUserActive({ actor: admin, userId: admin.id, active: false })).rejects.toMatchObject({ code: "CONFLICT" });
    } finally {
      await testDb().user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });

  it("resets a password and ends the sessions", async () => {
    const admin = await actorWithRole("ADMIN");
    const tech = await actorWithRole("TECHNICIAN");
    const { password } = await resetUserPassword({ actor: admin, userId: tech.id });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: tech.id } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, tech.password)).toBe(false);
    expect(stored.sessionVersion).toBe(1);
  });

  it("lets anyone change their own password, given the current one", async () => {
    const observer = await actorWithRole("OBSERVER");
    await expect(changeOwnPassword({ actor: observer, currentPassword: "wrong", newPassword: "a-new-password" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await changeOwnPassword({ actor: observer, currentPassword: observer.password, newPassword: "Tramway-Orge-Piano-47" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: observer.id } });
    expect(await verifyPassword(stored.passwordHash, "Tramway-Orge-Piano-47")).toBe(true);
  });

  it.each(["aaaaaaaaaaaa", "password1234", "azertyuiop123", "motdepasse2026"])("refuses the guessable password %j, and keeps the old one", async (weak) => {
    const observer = await actorWithRole("OBSERVER");
    await expect(changeOwnPassword({ actor: observer, currentPassword: observer.password, newPassword: weak })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: observer.id } });
    expect(await verifyPassword(stored.passwordHash, observer.password)).toBe(true);
  });
});
