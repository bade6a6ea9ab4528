import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// API and Alertmanager tokens: shown once, stored as a SHA-256 hash (they are long random secrets,
// so a fast hash is enough; passwords get argon2id instead).
export function generateApiToken(): { token: string; prefix: string; hash: string } {
  const token = `vig_${randomBytes(32).toString("base64url")}`;
  return { token, prefix: token.slice(0, 10), hash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Constant-time comparison of two secrets of any length (compares their digests). */
export function secretsEqual(a: string, b: string): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db);
}

/** The secret in an Authorization header: a Bearer token, or the password of HTTP basic auth. */
export function credentialFrom(header: string | null): string | null {
  if (!header) return null;
  const [scheme, value] = header.trim().split(/\s+/, 2);
  if (!scheme || !value) return null;
  if (scheme.toLowerCase() === "bearer") return value;
  if (scheme.toLowerCase() === "basic") {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    return colon >= 0 ? decoded.slice(colon + 1) || null : null;
  }
  return null;
}

/** A token works until it is revoked or its expiry (if it has one) passes. */
export function isTokenUsable(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): boolean {
  return token.revokedAt === null && (token.expiresAt === null || token.expiresAt > now);
}
