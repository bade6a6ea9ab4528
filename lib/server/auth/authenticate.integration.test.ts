import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { currentTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, sealSecret } from "@/lib/auth/mfa";
import { MFA_REQUIRED } from "@/lib/validations/auth";
import { authenticate } from "./authenticate";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUserRecord(testDb(), { role: "ADMIN" });
    const result = await authenticate(testDb(), { email: user.email.toUpperCase(), password: user.password, address: address() });
    expect(result).toMatchObject({ id: user.id, role: "ADMIN" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a deactivated one with the same message", async () => {
    const user = await createUserRecord(testDb());
    const inactive = await createUserRecord(testDb(), { active: false });
    const attempts = [
      { email: user.email, password: "wrong" },
      { email: `nobody-${randomUUID()}@vigie.local`, password: "whatever" },
      { email: inactive.email, password: inactive.password },
    ];
    for (const attempt of attempts) {
      await expect(authenticate(testDb(), { ...attempt, address: address() })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        message: "Wrong email or password, or the account is deactivated.",
      });
    }
  });

  it("locks an account for a minute after five failures, even for the right password, and says for how long", async () => {
    const user = await createUserRecord(testDb());
    for (let i = 0; i < 5; i++) {
      await authenticate(testDb(), { email: user.email, password: "wrong", address: address() }, { sleep: async () => {} }).catch(() => {});
    }
    await expect(authenticate(testDb(), { email: user.email, password: user.password, address: address() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Try again in (59|60) seconds/),
    });
  }, 30_000);

  it("slows down repeated failures before locking", async () => {
    const user = await createUserRecord(testDb());
    const from = address();
    for (let i = 0; i < 3; i++) await authenticate(testDb(), { email: user.email, password: "wrong", address: from }).catch(() => {});
    const delays: number[] = [];
    const sleep = async (ms: number) => delays.push(ms);
    await authenticate(testDb(), { email: user.email, password: user.password, address: from }, { sleep });
    expect(delays).toEqual([1_000]);
  });

  it("counts failures from one address across accounts", async () => {
    const from = address();
    const delays: number[] = [];
    const sleep = async (ms: number) => delays.push(ms);
    for (let i = 0; i < 20; i++) {
      await authenticate(testDb(), { email: `guess-${i}-${randomUUID()}@vigie.local`, password: "x", address: from }, { sleep }).catch(() => {});
    }
    expect(delays).toEqual([1_000, 2_000, 3_000, 4_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
    expect(await testDb().securityEvent.count({ where: { address: from, type: "signin.failed" } })).toBe(20);
    const user = await createUserRecord(testDb());
    await expect(authenticate(testDb(), { email: user.email, password: user.password, address: from })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  }, 60_000);

  it("counts parallel attempts exactly: eight at once against a limit of five check five passwords", async () => {
    const user = await createUserRecord(testDb());
    const results = await Promise.all(
      Array.from({ length: 8 }, () => authenticate(testDb(), { email: user.email, password: "wrong", address: address() }, { sleep: async () => {} }).then(() => "ok", (e: { code: string }) => e.code)),
    );
    expect(results.filter((r) => r === "UNAUTHENTICATED")).toHaveLength(5);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(3);
    expect(await testDb().securityEvent.count({ where: { subject: user.email, type: "signin.failed" } })).toBe(5);
  }, 30_000);

  it("records successful sign-ins in the audit log, with the address", async () => {
    const user = await createUserRecord(testDb());
    const from = address();
    await authenticate(testDb(), { email: user.email, password: user.password, address: from });
    const event = await testDb().securityEvent.findFirstOrThrow({ where: { subject: user.email, type: "signin.succeeded" } });
    expect(event).toMatchObject({ actorId: user.id, address: from });
  });
});

describe("authenticate with a second factor", () => {
  async function enrolled() {
    const user = await createUserRecord(testDb());
    const secret = newTotpSecret();
    const codes = newRecoveryCodes();
    await testDb().user.update({ where: { id: user.id }, data: { mfaSecret: sealSecret(secret), mfaEnabledAt: new Date(), mfaRecoveryHashes: codes.map(hashRecoveryCode) } });
    return { ...user, secret, codes };
  }

  it("asks for the code once the password is right, without counting that as a failure", async () => {
    const user = await enrolled();
    for (let i = 0; i < 6; i++) {
      await expect(authenticate(testDb(), { email: user.email, password: user.password, address: address() })).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: MFA_REQUIRED });
    }
    await expect(authenticate(testDb(), { email: user.email, password: user.password, code: await currentTotp(user.secret), address: address() })).resolves.toMatchObject({ id: user.id });
  });

  it("refuses a wrong code, a replayed one, and a wrong password with a right code", async () => {
    const user = await enrolled();
    await expect(authenticate(testDb(), { email: user.email, password: user.password, code: "000000", address: address() })).rejects.toMatchObject({ message: "Wrong or already used code." });
    const code = await currentTotp(user.secret);
    await expect(authenticate(testDb(), { email: user.email, password: "wrong", code, address: address() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await authenticate(testDb(), { email: user.email, password: user.password, code, address: address() });
    await expect(authenticate(testDb(), { email: user.email, password: user.password, code, address: address() })).rejects.toMatchObject({ message: "Wrong or already used code." });
  });

  it("throttles second-factor guesses like passwords", async () => {
    const user = await enrolled();
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      outcomes.push(await authenticate(testDb(), { email: user.email, password: user.password, code: String(100000 + i), address: address() }, { sleep: async () => {} }).then(() => "ok", (e: { code: string }) => e.code));
    }
    expect(outcomes.at(-1)).toBe("RATE_LIMITED");
  }, 30_000);

  it("takes each recovery code once", async () => {
    const user = await enrolled();
    const code = user.codes[0]!;
    await expect(authenticate(testDb(), { email: user.email, password: user.password, code, address: address() })).resolves.toMatchObject({ id: user.id });
    await expect(authenticate(testDb(), { email: user.email, password: user.password, code, address: address() })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).mfaRecoveryHashes).toHaveLength(9);
  });
});
