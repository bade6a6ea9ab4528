import "server-only";
import { env } from "@/lib/env";
import { errorSummary, isDatabaseUnavailable } from "@/lib/errors";
import { readLimitedChunks } from "@/lib/http/read-body";
import { jsonTooDeep, MAX_JSON_DEPTH } from "@/lib/domain/alerts/json-depth";
import { parseWebhookPayload } from "@/lib/domain/alerts/payload";
import { safeJsonText } from "@/lib/domain/alerts/safe-text";
import { fetchTruncatedLater } from "@/lib/server/reconcile/fetch-truncated";
import { authenticateWebhook } from "./authenticate-webhook";
import { countRejection } from "./count-rejection";
import { ingestDelivery } from "./ingest-delivery";

/** What the webhook reads of an HTTP request, whichever server received it (Next's route, or scripts/server.mjs). */
export type DeliveryRequest = {
  authorization: string | null;
  userAgent: string | null;
  contentLength: string | null;
  body: AsyncIterable<Uint8Array> | null;
};

/** The webhook's answer: a small JSON object. */
export type DeliveryAnswer = { status: number; body: Record<string, unknown>; headers: Record<string, string> };

// Alertmanager retries 5xx and network errors, and drops any 4xx. So: 4xx only for what can never
// succeed (bad credentials, bad body); 503 whenever a retry could succeed; 200 only once stored.
// no-transform: these answers are tiny; compressing each one costs more than it saves during an alert storm.
const answer = (status: number, body: Record<string, unknown>, headers?: Record<string, string>): DeliveryAnswer => ({
  status,
  body,
  headers: { "Cache-Control": "no-store, no-transform", ...headers },
});
const retryLater = (message: string) => answer(503, { error: message }, { "Retry-After": "5" });

/** One Alertmanager delivery, from its credentials to its answer. Never throws: every failure is an answer. */
export async function receiveDelivery(request: DeliveryRequest): Promise<DeliveryAnswer> {
  try {
    const auth = await authenticateWebhook(request.authorization);
    if (!auth.ok && auth.reason === "not_configured") {
      await countRejection("not_configured", "no token configured: set ALERTMANAGER_TOKEN, or create an Alertmanager token in Vigie (Admin → API tokens)");
      return retryLater("The Alertmanager webhook is not configured: set ALERTMANAGER_TOKEN on the Vigie server.");
    }
    if (!auth.ok) {
      await countRejection("unauthorized", `missing or wrong credentials from ${request.userAgent ?? "unknown agent"}`);
      return answer(401, { error: "Missing or wrong credentials." }, { "WWW-Authenticate": 'Bearer realm="vigie"' });
    }

    const limit = env().WEBHOOK_MAX_BYTES;
    const body = await readLimitedChunks({ declaredLength: request.contentLength, chunks: request.body }, limit);
    if (!body.ok) {
      await countRejection("too_large", `body over ${limit} bytes`);
      return answer(413, { error: `Body larger than ${limit} bytes (WEBHOOK_MAX_BYTES).` });
    }
    if (jsonTooDeep(body.text)) {
      await countRejection("too_deep", `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
      return answer(400, { error: `The body nests deeper than ${MAX_JSON_DEPTH} levels; Alertmanager's payload has 4.` });
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      await countRejection("not_json", "body is not JSON");
      return answer(400, { error: "The body is not JSON." });
    }
    const parsed = parseWebhookPayload(json);
    if (!parsed.ok) {
      await countRejection(parsed.reason.startsWith("unsupported") ? "unsupported_version" : "invalid_payload", parsed.reason);
      return answer(400, { error: parsed.reason });
    }

    // Stored verbatim, except the escapes jsonb refuses (NUL, lone surrogates), which become U+FFFD like the alerts' text.
    const result = await ingestDelivery({ payload: parsed.payload, raw: safeJsonText(body.text) });
    // Committed: now the alerts max_alerts cut off can be fetched from Alertmanager's API, without holding the answer.
    if (parsed.payload.truncatedAlerts > 0 && env().ALERTMANAGER_URL) fetchTruncatedLater(parsed.payload.groupKey);
    for (const rejected of parsed.payload.rejectedAlerts) {
      await countRejection("alert_out_of_range", `alert ${rejected.index} (${rejected.fingerprint}) set aside: ${rejected.reason}`);
    }
    return answer(200, { status: "stored", ...result, rejectedAlerts: parsed.payload.rejectedAlerts.length });
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.warn(`alertmanager webhook: database unavailable, answered 503 (${errorSummary(error)})`);
      return retryLater("The database is unavailable; the delivery was not stored. Retry.");
    }
    console.error("alertmanager webhook failed:", error);
    // Still a 5xx: Alertmanager retries, and nothing is lost if the fault is transient.
    return answer(500, { error: "Internal error; the delivery was not stored." });
  }
}
