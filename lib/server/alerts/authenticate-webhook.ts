import "server-only";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import { credentialFrom, hashApiToken, isTokenUsable, secretsEqual } from "@/lib/auth/api-token";

export type WebhookAuth = { ok: true; via: "environment" | "token" } | { ok: false; reason: "unauthorized" | "not_configured" };

/**
 * Alertmanager authenticates with `Authorization: Bearer` or basic auth (the password is the token).
 * Tokens: ALERTMANAGER_TOKEN, and the Alertmanager tokens admins create in the app (stored hashed).
 * With neither configured, the endpoint refuses everything: it is never open by default.
 */
export async function authenticateWebhook(authorization: string | null): Promise<WebhookAuth> {
  const configured = env().ALERTMANAGER_TOKEN;
  const credential = credentialFrom(authorization);
  if (credential && configured && secretsEqual(credential, configured)) return { ok: true, via: "environment" };

  if (credential) {
    const token = await prisma.apiToken.findUnique({ where: { tokenHash: hashApiToken(credential) } });
    if (token && token.purpose === "ALERTMANAGER" && isTokenUsable(token)) {
      if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
        await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
      }
      return { ok: true, via: "token" };
    }
  }
  if (configured) return { ok: false, reason: "unauthorized" };
  const tokens = await prisma.apiToken.count({ where: { purpose: "ALERTMANAGER", revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] } });
  return { ok: false, reason: tokens > 0 ? "unauthorized" : "not_configured" };
}
