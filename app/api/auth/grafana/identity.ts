import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";

// Who a Vigie user is in Grafana, for Caddy's forward_auth (docker/caddy/Caddyfile) and Grafana's auth proxy
// (docker/compose.yaml: GF_AUTH_PROXY_*): the login is the email, unique and stable; the role is set again on
// every request (sync_ttl 0), so a role changed in Vigie is the role in Grafana at once.
// Technicians are Editors: Grafana's Explore, which they need during an incident, is for Editors by default.
export const grafanaRoles: Record<Role, "Viewer" | "Editor" | "Admin"> = { OBSERVER: "Viewer", TECHNICIAN: "Editor", ADMIN: "Admin" };

// Header values are bytes: a value outside printable ASCII would make the response fail (or be mangled).
const headerSafe = (value: string) => /^[\x20-\x7e]+$/.test(value);

/** 200 with the X-WEBAUTH-* headers for a signed-in person; API tokens are for Vigie's API, not Grafana. */
export function grafanaIdentity(actor: Actor): Response {
  if (actor.kind !== "user") throw new AppError("UNAUTHENTICATED", "Grafana is for signed-in people: sign in to Vigie.");
  if (!headerSafe(actor.email)) throw new AppError("FORBIDDEN", "This account's email cannot be passed to Grafana.");
  const headers = new Headers({
    "X-WEBAUTH-USER": actor.email,
    "X-WEBAUTH-EMAIL": actor.email,
    "X-WEBAUTH-ROLE": grafanaRoles[actor.role],
    // Always sent, the email when the name cannot be a header: Caddy 2.6 would pass a missing one as the text
    // of its placeholder.
    "X-WEBAUTH-NAME": headerSafe(actor.name) ? actor.name : actor.email,
    // Never cached: the answer is this session's, now.
    "Cache-Control": "no-store",
  });
  return new Response(null, { status: 200, headers });
}
