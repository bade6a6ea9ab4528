import { describe, expect, it } from "vitest";
import { currentTotp, openSecret } from "@/lib/auth/mfa";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { updateSetting } from "@/lib/server/settings/update-setting";
import { resetUserMfa } from "@/lib/server/users/reset-user-mfa";
import { confirmMfaEnrolment } from "./confirm-mfa-enrolment";
import { disableMfa } from "./disable-mfa";
import { startMfaEnrolment } from "./start-mfa-enrolment";

describe("two-factor enrolment", () => {
  it("turns on only with a code from the secret it showed, gives ten recovery codes once, and needs the password to turn off", async () => {
    const user = await actorWithRole("TECHNICIAN");
    const { secret, uri, qrSvg } = await startMfaEnrolment({ actor: user });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Vigie:/);
    expect(qrSvg).toContain("<svg");
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.mfaSecret).not.toContain(secret);
    expect(openSecret(stored.mfaSecret!)).toBe(secret);
    expect(stored.mfaEnabledAt).toBeNull();

    await expect(confirmMfaEnrolment({ actor: user, code: "000000" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { recoveryCodes } = await confirmMfaEnrolment({ actor: user, code: await currentTotp(secret) });
    expect(recoveryCodes).toHaveLength(10);
    const enabled = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(enabled.mfaEnabledAt).not.toBeNull();
    expect(enabled.mfaRecoveryHashes.some((h) => recoveryCodes.includes(h))).toBe(false);

    await expect(disableMfa({ actor: user, password: "wrong" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await disableMfa({ actor: user, password: user.password });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabledAt).toBeNull();
    expect(await testDb().securityEvent.count({ where: { actorId: user.id, type: { in: ["mfa.enabled", "mfa.disabled"] } } })).toBe(2);
  });

  it("lets an admin reset someone's second factor, and the team policy keep admins from turning theirs off", async () => {
    const admin = await actorWithRole("ADMIN");
    const other = await actorWithRole("ADMIN");
    const { secret } = await startMfaEnrolment({ actor: other });
    await confirmMfaEnrolment({ actor: other, code: await currentTotp(secret) });
    await updateSetting({ actor: admin, key: "requireAdminMfa", value: true });
    try {
      await expect(disableMfa({ actor: other, password: other.password })).rejects.toMatchObject({ code: "CONFLICT" });
      await resetUserMfa({ actor: admin, userId: other.id });
      expect((await testDb().user.findUniqueOrThrow({ where: { id: other.id } })).mfaEnabledAt).toBeNull();
      expect(await testDb().securityEvent.findFirst({ where: { type: "mfa.reset", subject: other.email } })).toMatchObject({ actorId: admin.id });
    } finally {
      await updateSetting({ actor: admin, key: "requireAdminMfa", value: false });
    }
  });
});
