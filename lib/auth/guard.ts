import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { authOptions } from "./options";
import type { Actor } from "./actor";
import { can, type Permission } from "@/lib/domain/permissions";
import { getSettings } from "@/lib/server/settings/get-settings";

/**
 * The signed-in person, re-read from the database on every request (once: the layout, the page and the language
 * share it): a deactivated account, a changed password or a changed role takes effect at once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const user = await prisma.user.findUnique({ where: { id: session.user.id } });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  // The team may require a second factor of admins: until this one enrols, only the enrolment is open to them.
  const mfaPending = user.role === "ADMIN" && !user.mfaEnabledAt && (await getSettings(prisma)).requireAdminMfa;
  return { id: user.id, email: user.email, name: user.name, role: user.role, kind: "user", locale: user.locale, ...(mfaPending ? { mfaPending } : {}) };
});

export const MFA_SETUP_REQUIRED = sentence("The team requires two-factor sign-in for admins: set it up first (My account).");

/**
 * Throws UNAUTHENTICATED, or FORBIDDEN unless the current person has the permission (and, where the team
 * requires it, a second factor: `duringMfaSetup` marks the few actions that enrolment itself needs).
 */
export async function requireActor(permission?: Permission, options: { duringMfaSetup?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (actor.mfaPending && !options.duringMfaSetup && permission) throw new AppError("FORBIDDEN", MFA_SETUP_REQUIRED);
  if (permission) assertCan(actor, permission);
  return actor;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}

/** For the rules about one record (lib/domain/permissions.ts): refuses with the rule's own reason. */
export function assertAllowed(allowed: boolean, reason: string): void {
  if (!allowed) throw new AppError("FORBIDDEN", reason);
}
