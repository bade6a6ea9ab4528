import type { PrismaClient } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { clearThrottle, countAttempt, releaseAttempt } from "@/lib/auth/throttle";
import { lockedError } from "@/lib/auth/throttle-policy";
import { roleFromGroups } from "@/lib/domain/directory-roles";
import { sentence } from "@/lib/i18n/sentences";
import { ldapSignInSchema } from "@/lib/validations/ldap";
import type { AuthenticatedUser } from "@/lib/server/auth/authenticate";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { ldapConfig, type LdapConfig } from "./ldap-config";
import { lookUpLdapPerson } from "./ldap-directory";
import { provisionDirectoryUser } from "./provision-user";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const LDAP_WRONG = sentence("Wrong username or password.");
export const LDAP_NO_ROLE = sentence("Your directory account is in no group that gives access to Vigie. Ask an admin to add you to one.");
const SOURCE = "ldap";

/**
 * Signs in with the directory's username and password (LDAP / Active Directory): throttled like local sign-in,
 * per account ("ldap:<username>") and per client address, each attempt counted before the directory sees the
 * password; the role comes from the person's groups at every sign-in; the account is created or brought up to
 * date. Throws AppError RATE_LIMITED, UNAUTHENTICATED or UNAVAILABLE (the directory cannot be reached). Each
 * outcome is in the security audit log.
 */
export async function authenticateLdap(
  db: PrismaClient,
  input: { username?: unknown; password?: unknown; address: string },
  options: { breakGlass: readonly string[]; config?: LdapConfig; sleep?: (ms: number) => Promise<unknown> },
): Promise<AuthenticatedUser> {
  const config = options.config ?? ldapConfig();
  if (!config) throw new AppError("UNAVAILABLE", "Directory sign-in is not configured.");
  // Before anything else: an empty password never reaches the directory (it would be an unauthenticated bind).
  const parsed = ldapSignInSchema.safeParse({ username: input.username, password: input.password });
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Enter your username and password.");
  const { username, password } = parsed.data;
  const { address } = input;
  const account = `${SOURCE}:${username.toLowerCase()}`;
  const refuse = async (reason: string, message: string): Promise<never> => {
    await recordSecurityEvent(db, { type: "signin.failed", subject: account, address, data: { source: SOURCE, reason } });
    throw new AppError("UNAUTHENTICATED", message);
  };

  const decisions = await Promise.all([countAttempt(db, "account", account), countAttempt(db, "address", address)]);
  const locked = decisions.find((d) => d.kind === "locked");
  if (locked?.kind === "locked") {
    await recordSecurityEvent(db, { type: "signin.locked", subject: account, address, data: { source: SOURCE } });
    throw lockedError(locked.retryAfterMs);
  }
  const delayMs = Math.max(...decisions.map((d) => (d.kind === "allow" ? d.delayMs : 0)));
  if (delayMs > 0) await (options.sleep ?? sleep)(delayMs);

  let lookup;
  try {
    lookup = await lookUpLdapPerson(config, username, password);
  } catch (error) {
    // The directory did not answer: nobody's password was checked, so the attempt is given back.
    await Promise.all([releaseAttempt(db, "account", account), releaseAttempt(db, "address", address)]);
    await recordSecurityEvent(db, { type: "signin.failed", subject: account, address, data: { source: SOURCE, reason: "directory unavailable" } });
    throw error;
  }
  if (lookup.kind === "refused") return refuse(lookup.reason, LDAP_WRONG);
  const { person } = lookup;
  const role = roleFromGroups(person.groups, config.mapping);
  if (!role) return refuse("no role", LDAP_NO_ROLE);

  let user;
  try {
    user = await provisionDirectoryUser(db, { source: SOURCE, externalId: person.externalId, email: person.email, name: person.name, role, emailVerified: true }, { breakGlass: options.breakGlass, address });
  } catch (error) {
    if (isAppError(error) && error.code === "UNAUTHENTICATED") return refuse(error.message, error.message);
    throw error;
  }
  await Promise.all([clearThrottle(db, "account", account), releaseAttempt(db, "address", address)]);
  await recordSecurityEvent(db, { type: "signin.succeeded", actor: user, subject: user.email, address, data: { source: SOURCE } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
