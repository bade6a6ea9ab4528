import "server-only";
import { prisma } from "@/lib/db/prisma";
import { credentialFrom, hashApiToken, isTokenUsable } from "./api-token";
import type { Actor } from "./actor";

/** The actor behind an API token (Bearer), acting with the role the admin gave the token. */
export async function actorFromApiToken(authorization: string | null): Promise<Actor | null> {
  const credential = authorization?.toLowerCase().startsWith("bearer ") ? credentialFrom(authorization) : null;
  if (!credential) return null;
  const token = await prisma.apiToken.findUnique({ where: { tokenHash: hashApiToken(credential) } });
  if (!token || token.purpose !== "API" || !isTokenUsable(token) || !token.role) return null;
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: token.id, email: "", name: `API token "${token.name}"`, role: token.role, kind: "token" };
}
