import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { resetPasswordFromCommandLine } from "./reset-password";

describe("npm run reset-password", () => {
  it("sets a new password, ends the sessions, reactivates the account and logs it", async () => {
    const user = await createUserRecord(testDb(), { role: "ADMIN", active: false });
    const session = await testDb().session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
    const password = await resetPasswordFromCommandLine(testDb(), user.email);
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    expect(stored).toMatchObject({ active: true, sessionVersion: 1 });
    expect((await testDb().session.findUniqueOrThrow({ where: { id: session.id } })).endedAt).not.toBeNull();
    expect(await testDb().securityEvent.findFirst({ where: { type: "password.reset", subject: user.email } })).toMatchObject({ actorName: expect.stringContaining("command line") });
  });

  it("says which accounts exist when the email is unknown, and refuses directory accounts", async () => {
    await expect(resetPasswordFromCommandLine(testDb(), "nobody@vigie.test")).rejects.toThrow(/No account nobody@vigie.test\. The accounts:/);
    const user = await createUserRecord(testDb());
    await testDb().user.update({ where: { id: user.id }, data: { authSource: "ldap", externalId: user.id } });
    await expect(resetPasswordFromCommandLine(testDb(), user.email)).rejects.toThrow(/through the directory/);
  });
});
