import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import type { ApiSilence, SilenceBody } from "@/lib/domain/silences/requests";

// Alertmanager's silence API (v2). A silence is written to ONE reachable Alertmanager: clustered peers gossip
// it to the others. Reads and expiries try the Alertmanager that holds it first, then its peers.
const TIMEOUT_MS = 5_000;

/** Network failure or a 5xx: another peer may answer. A 4xx is Alertmanager's verdict and is not retried. */
class Unanswered extends Error {}

export function alertmanagerUrls(): string[] {
  const urls = env().ALERTMANAGER_URL;
  if (!urls?.length) throw new AppError("UNAVAILABLE", "Silences need ALERTMANAGER_URL: Vigie does not know where Alertmanager is.");
  return urls;
}

/** The Alertmanager a silence was created on first, then the others configured. */
export const preferring = (url: string, urls = alertmanagerUrls()) => [url, ...urls.filter((u) => u !== url)];

const reason = (error: unknown) => {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)).slice(0, 200);
};

async function call(url: string, path: string, init: RequestInit = {}, timeoutMs = TIMEOUT_MS): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json", "content-type": "application/json" } });
  } catch (error) {
    throw new Unanswered(`${url}: ${reason(error)}`);
  }
  if (response.status >= 500) throw new Unanswered(`${url}: answered ${response.status} ${(await response.text()).slice(0, 200)}`);
  return response;
}

/**
 * Runs `fn` on the first Alertmanager that answers; none answering is one clear error, `failure`: a sentence with
 * {problems} (what each one said) that also says what was not done.
 */
async function onFirst<T>(urls: string[], fn: (url: string) => Promise<T>, failure: string): Promise<{ url: string; value: T }> {
  const problems: string[] = [];
  for (const url of urls) {
    try {
      return { url, value: await fn(url) };
    } catch (error) {
      if (!(error instanceof Unanswered)) throw error;
      problems.push(error.message);
    }
  }
  throw new AppError("UNAVAILABLE", failure, { values: { problems: problems.join("; ") } });
}

async function refused(response: Response): Promise<never> {
  const text = (await response.text()).replace(/^"|"\s*$/g, "").slice(0, 300);
  throw new AppError("INVALID_INPUT", "Alertmanager refused the silence: {answer}.", { values: { answer: text || response.status } });
}

/** Creates (or, with an id, updates) a silence; the answer is its id, which may be a new one. */
export async function postSilence(body: SilenceBody, urls: string[], failure = sentence("Alertmanager did not answer ({problems}). Nothing was silenced.")) {
  const { url, value } = await onFirst(urls, async (u) => {
    const response = await call(u, "/api/v2/silences", { method: "POST", body: JSON.stringify(body) });
    if (!response.ok) return refused(response);
    return ((await response.json()) as { silenceID: string }).silenceID;
  }, failure);
  return { url, silenceId: value };
}

/** One silence, or null if the Alertmanager that answers does not know it. */
export async function getSilence(id: string, urls: string[], failure: string) {
  return onFirst(urls, async (u) => {
    const response = await call(u, `/api/v2/silence/${encodeURIComponent(id)}`);
    if (response.status === 404) return null;
    if (!response.ok) throw new Unanswered(`${u}: answered ${response.status}`);
    return (await response.json()) as ApiSilence;
  }, failure);
}

/** Every silence Alertmanager holds (expired ones too, for its retention). Pages ask with a short timeout. */
export async function listSilences(urls: string[], timeoutMs = 2_000) {
  return onFirst(urls, async (u) => {
    const response = await call(u, "/api/v2/silences", {}, timeoutMs);
    if (!response.ok) throw new Unanswered(`${u}: answered ${response.status}`);
    return (await response.json()) as ApiSilence[];
  }, sentence("Alertmanager did not answer ({problems}). Showing what Vigie recorded."));
}

/** Expires a silence. Already expired is fine; one Alertmanager does not know (0.25 answers 500) counts as gone. */
export async function deleteSilence(id: string, urls: string[], failure = sentence("Alertmanager did not answer ({problems}). The silence was not expired.")) {
  return onFirst(urls, async (u) => {
    let response: Response;
    try {
      response = await call(u, `/api/v2/silence/${encodeURIComponent(id)}`, { method: "DELETE" });
    } catch (error) {
      if (error instanceof Unanswered && /silence not found/.test(error.message)) return "unknown" as const;
      throw error;
    }
    if (response.status === 404) return "unknown" as const;
    if (!response.ok) throw new Unanswered(`${u}: answered ${response.status}`);
    return "expired" as const;
  }, failure);
}

/** Undoes silences this request created when the rest of it failed: nothing half-done is left in Alertmanager. */
export async function expireQuietly(created: { url: string; silenceId: string }[]): Promise<void> {
  for (const { url, silenceId } of created) {
    await deleteSilence(silenceId, preferring(url)).catch((error: Error) => console.error(`silence ${silenceId} left in Alertmanager after a failure: ${error.message}`));
  }
}
