import { authedRoute } from "@/lib/server/route";
import { grafanaIdentity } from "./identity";

export const dynamic = "force-dynamic";

/**
 * GET /api/auth/grafana — Caddy's forward_auth for everything under /grafana/: 200 with X-WEBAUTH-USER, -NAME,
 * -EMAIL and -ROLE for a signed-in Vigie user (any role may read the dashboards), 401 otherwise (Caddy returns
 * it to the browser as is).
 */
export const GET = authedRoute({ permission: "read" }, async (_request, { actor }) => grafanaIdentity(actor));
