import { credentialFrom, secretsEqual } from "@/lib/auth/api-token";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/server/route";
import { renderMetrics } from "@/lib/server/metrics/prometheus";

export const dynamic = "force-dynamic";

/** Prometheus exposition; protected by METRICS_TOKEN (Bearer) when it is set. */
export async function GET(request: Request) {
  const token = env().METRICS_TOKEN;
  const given = credentialFrom(request.headers.get("authorization"));
  if (token && !(given && secretsEqual(given, token))) {
    return new Response("Missing or wrong METRICS_TOKEN.\n", { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="vigie-metrics"' } });
  }
  try {
    const { contentType, body } = await renderMetrics();
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
