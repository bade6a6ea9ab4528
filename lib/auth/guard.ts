import "server-only";
import { getServerSession } from "next-auth";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import type { Actor } from "./actor";
import type { Role } from "./roles";

/**
 * The signed-in person, re-read from the database on every call: a deactivated account, a changed
 * password or a changed role takes effect at once, not when the session cookie expires.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  const user = await prisma.user.findUnique({ where: { id: session.user.id } });
  if (!user || !user.active || user.sessionVersion !== session.user.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, kind: "user" };
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the current person has one of the roles. */
export async function requireActor(allowed?: readonly Role[]): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  assertRole(actor, allowed);
  return actor;
}

export function assertRole(actor: Actor, allowed?: readonly Role[]): void {
  if (allowed && !allowed.includes(actor.role)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this.");
  }
}
