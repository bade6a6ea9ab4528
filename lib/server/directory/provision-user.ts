import type { PrismaClient } from "@/lib/db/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

export type DirectoryIdentity = {
  /** "oidc:<provider id>" or "ldap". */
  source: string;
  /** The directory's own id: the OIDC subject, the LDAP entry's DN or UUID. */
  externalId: string;
  email: string;
  name: string;
  role: Role;
  /** The directory vouches for the email (OIDC email_verified; an LDAP directory always does). */
  emailVerified: boolean;
};

/**
 * Just-in-time account for a directory sign-in: found by (source, externalId), else created; email, name and
 * role follow the directory at every sign-in. An existing local account with the same email is taken over only
 * when the directory vouches for the email, and never when it is a break-glass account; it then loses its
 * Vigie password. A deactivated account stays deactivated: admins decide that in Vigie.
 */
export async function provisionDirectoryUser(db: PrismaClient, identity: DirectoryIdentity, options: { breakGlass: readonly string[]; address?: string }) {
  const email = identity.email.trim().toLowerCase();
  if (!email) throw new AppError("UNAUTHENTICATED", "The directory gave no email address for this account.");
  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { authSource_externalId: { authSource: identity.source, externalId: identity.externalId } } });
    if (!user) {
      const sameEmail = await tx.user.findUnique({ where: { email } });
      if (sameEmail && (sameEmail.authSource !== "local" || !identity.emailVerified || options.breakGlass.includes(email))) {
        throw new AppError("UNAUTHENTICATED", "An account with this email already exists in Vigie and cannot be joined to this directory account: ask an admin.");
      }
      user = sameEmail
        ? await tx.user.update({ where: { id: sameEmail.id }, data: { authSource: identity.source, externalId: identity.externalId, passwordHash: "" } })
        : await tx.user.create({ data: { email, name: identity.name || email, role: identity.role, passwordHash: "", authSource: identity.source, externalId: identity.externalId } });
      await recordSecurityEvent(tx, { type: "user.created", actor: null, subject: email, address: options.address, data: { source: identity.source, role: identity.role, joined: Boolean(sameEmail) } });
    }
    if (!user.active) throw new AppError("UNAUTHENTICATED", "This account is deactivated in Vigie.");
    if (user.role !== identity.role) {
      await recordSecurityEvent(tx, { type: "user.role_changed", actor: null, subject: email, address: options.address, data: { from: user.role, to: identity.role, by: identity.source } });
    }
    return tx.user.update({ where: { id: user.id }, data: { email, name: identity.name || user.name, role: identity.role, lastSignInAt: new Date() } });
  });
}
