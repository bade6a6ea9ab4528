import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { authSecret } from "@/lib/env";

// Two-factor sign-in: TOTP (RFC 6238, 6 digits, 30 s, as every authenticator app does) through otplib, and
// recovery codes. The secret is stored encrypted (AES-256-GCM, key derived from NEXTAUTH_SECRET): a copy of
// the database alone does not give anyone the codes.
const ISSUER = "Vigie";
// One step back or forward: a phone whose clock is a little off, or a code typed as it changed.
const TOLERANCE_SECONDS = 30;

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "vigie-mfa", "totp-secret", 32));
}

export function newTotpSecret(): string {
  return generateSecret();
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

export function openSecret(stored: string): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("unreadable two-factor secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
}

export function enrolmentUri(secret: string, email: string): string {
  return generateURI({ issuer: ISSUER, label: email, secret });
}

/** The time step of a valid code, or null. A code at or before `afterStep` was used already: refused. */
export async function verifyTotp(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({ secret, token: code, epochTolerance: TOLERANCE_SECONDS, ...(afterStep !== null ? { afterTimeStep: afterStep } : {}) });
    // TOTP results carry the matched time step (the HOTP type they share does not declare it).
    return result.valid && "timeStep" in result && typeof result.timeStep === "number" ? result.timeStep : null;
  } catch {
    return null; // a replayed step beyond the window, or a malformed secret: not a valid code either way
  }
}

/** For tests and the enrolment check: the code an authenticator app shows now. */
export function currentTotp(secret: string): Promise<string> {
  return generate({ secret });
}

// Recovery codes: ten, shown once, each usable once. 50 random bits each, so a fast hash is enough.
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/\s+/g, "")).digest("hex");
}

/** The index of the stored hash this recovery code matches, or -1. */
export function matchRecoveryCode(code: string, hashes: readonly string[]): number {
  const candidate = Buffer.from(hashRecoveryCode(code), "hex");
  return hashes.findIndex((h) => {
    const stored = Buffer.from(h, "hex");
    return stored.length === candidate.length && timingSafeEqual(stored, candidate);
  });
}
