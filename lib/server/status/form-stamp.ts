import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";
import { checkFillTime, type TimingCheck } from "@/lib/domain/status/report-timing";

// The report form carries the time it was shown, signed: a script cannot claim it waited.
const key = () => Buffer.from(hkdfSync("sha256", authSecret(), "vigie-status", "report-form-stamp", 32));
const sign = (issuedAt: number) => createHmac("sha256", key()).update(`report:${issuedAt}`).digest("base64url");

export function formStamp(now = Date.now()): string {
  return `${now}.${sign(now)}`;
}

/** "stale" too for a stamp that is not ours: the visitor is asked to send the form again. */
export function checkFormStamp(stamp: string | undefined, now = Date.now()): TimingCheck {
  const [at, mac] = (stamp ?? "").split(".");
  const issuedAt = Number(at);
  if (!at || !mac || !Number.isSafeInteger(issuedAt)) return "stale";
  const expected = Buffer.from(sign(issuedAt));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "stale";
  return checkFillTime(issuedAt, now);
}
