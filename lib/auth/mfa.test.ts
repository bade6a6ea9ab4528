import { beforeAll, describe, expect, it } from "vitest";
import { currentTotp, hashRecoveryCode, matchRecoveryCode, newRecoveryCodes, newTotpSecret, openSecret, sealSecret, verifyTotp } from "./mfa";

beforeAll(() => {
  process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-0123456789abcdef0123";
});

describe("TOTP", () => {
  it("accepts the current code once, then refuses it (replay)", async () => {
    const secret = newTotpSecret();
    const code = await currentTotp(secret);
    const step = await verifyTotp(secret, code, null);
    expect(step).toBeTypeOf("number");
    expect(await verifyTotp(secret, code, step)).toBeNull();
  });

  it.each(["", "12345", "1234567", "abcdef", "000000"])("refuses %j", async (code) => {
    expect(await verifyTotp(newTotpSecret(), code, null)).toBeNull();
  });

  it("keeps the secret sealed at rest", () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed)).toBe(secret);
    const [v, iv, tag, body] = sealed.split(".");
    expect(() => openSecret([v, iv, tag, `${body!.slice(0, -2)}AA`].join("."))).toThrow();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes, matched by hash whatever their case or spaces", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    const hashes = codes.map(hashRecoveryCode);
    expect(matchRecoveryCode(` ${codes[3]!.toUpperCase()} `, hashes)).toBe(3);
    expect(matchRecoveryCode("aaaaa-aaaaa", hashes)).toBe(-1);
  });
});
