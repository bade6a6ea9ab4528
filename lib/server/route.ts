import "server-only";
import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/guard";
import { actorFromApiToken } from "@/lib/auth/token-actor";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, MFA_SETUP_REQUIRED } from "@/lib/auth/guard";
import type { Permission } from "@/lib/domain/permissions";
import { AppError, isAppError, isDatabaseUnavailable } from "@/lib/errors";

type Handler<C> = (request: Request, context: C & { actor: Actor }) => Promise<Response>;

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    if (error.code === "FORBIDDEN") console.warn(`refused (route): ${error.message}`);
    // A version conflict carries the current state, so the client can show it and retry.
    const current = error.details?.current;
    return NextResponse.json({ error: { code: error.code, message: error.message, ...(current ? { current } : {}) } }, { status: error.status });
  }
  if (isDatabaseUnavailable(error)) {
    return NextResponse.json({ error: { code: "UNAVAILABLE", message: "The database is unavailable; try again." } }, { status: 503, headers: { "Retry-After": "5" } });
  }
  console.error("request failed:", error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Internal error." } }, { status: 500 });
}

/** The one wrapper around authenticated route handlers: actor, permission, error mapping. */
export function authedRoute<C extends object>(options: { permission: Permission }, handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const authorization = request.headers.get("authorization");
      const actor = authorization ? await actorFromApiToken(authorization) : await currentActor();
      if (!actor) throw new AppError("UNAUTHENTICATED", authorization ? "Unknown or revoked API token." : "Sign in or send an API token.");
      if (actor.mfaPending) throw new AppError("FORBIDDEN", MFA_SETUP_REQUIRED);
      assertCan(actor, options.permission);
      return await handler(request, { ...context, actor });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
