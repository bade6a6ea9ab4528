import { describe, expect, it } from "vitest";
import { credentialFrom, generateApiToken, hashApiToken, isTokenUsable, secretsEqual } from "./api-token";

describe("credentialFrom", () => {
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
  it.each([
    ["Bearer abc123", "abc123"],
    ["bearer   abc123", "abc123"],
    [basic("alertmanager", "s3cret:with:colons"), "s3cret:with:colons"],
    [basic("alertmanager", ""), null],
    ["Basic not-base64-colon", null],
    ["Token abc", null],
    ["Bearer", null],
    [null, null],
  ])("%s → %s", (header, expected) => {
    expect(credentialFrom(header)).toBe(expected);
  });
});

describe("tokens", () => {
  it("are long, prefixed, and stored as a hash", () => {
    const { token, prefix, hash } = generateApiToken();
    expect(token).toMatch(/^vig_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(hash).toBe(hashApiToken(token));
    expect(hash).not.toContain(token);
  });

  it("compare in constant time, whatever their lengths", () => {
    expect(secretsEqual("same-secret", "same-secret")).toBe(true);
    expect(secretsEqual("same-secret", "other")).toBe(false);
  });

  it.each([
    ["active, no expiry", { revokedAt: null, expiresAt: null }, true],
    ["expires tomorrow", { revokedAt: null, expiresAt: new Date(Date.now() + 86_400_000) }, true],
    ["expired", { revokedAt: null, expiresAt: new Date(Date.now() - 1) }, false],
    ["revoked", { revokedAt: new Date(), expiresAt: null }, false],
  ])("isTokenUsable: %s", (_, token, expected) => {
    expect(isTokenUsable(token)).toBe(expected);
  });
});
