// The public status page is what everyone opens during an outage: each instance renders it at most once a
// second per language and serves that copy to every other visitor (a micro-cache, as a reverse proxy would).
// A page's CSP carries a nonce of its own, which a copy shown to many must not reuse: the copy's CSP allows its
// inline scripts by their SHA-256 instead, and the app's own files by origin ('self').
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { LOCALE_COOKIE, LOCALES, rankedLanguages } from "../../lib/i18n/languages.mjs";

export const CACHED_PATHS = new Set(["/status"]);
const LOCALE_IN_COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([a-z]{2})`);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** The language the app would choose for a visitor without an account (lib/i18n/locales.ts), or null. */
export function visitorLocale(headers, fallback) {
  const cookie = LOCALE_IN_COOKIE.exec(headers.cookie ?? "")?.[1];
  if (cookie && LOCALES.includes(cookie)) return cookie;
  return rankedLanguages(headers["accept-language"]).find((l) => LOCALES.includes(l)) ?? (LOCALES.includes(fallback) ? fallback : "en");
}

/** Whether this request may get the shared copy: a plain GET or HEAD of a cached path, by someone not signed in. */
export function cacheable(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!CACHED_PATHS.has(req.url ?? "")) return false; // a query string (or anything else) goes to the app
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return false; // the client router's requests
  return !SESSION_COOKIE.test(req.headers.cookie ?? "");
}

/** The copy's CSP: the render's nonce replaced by the hashes of the page's inline scripts, no 'strict-dynamic'. */
export function hashedPolicy(policy, html) {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  if (!nonce) return null;
  const hashes = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || !body) continue;
    hashes.push(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return policy.replace(`'nonce-${nonce}'`, [...new Set(hashes)].join(" ") || "'none'").replace(" 'strict-dynamic'", "");
}

const DROPPED = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "set-cookie", "x-nonce"]);

/** A copy of one render, or null when the render must not be shared (not 200, a cookie set, no nonce to swap). */
export function pageCopy({ status, headers, body }) {
  if (status !== 200 || headers["set-cookie"]) return null;
  const html = body.toString("utf8");
  const policy = hashedPolicy(String(headers["content-security-policy"] ?? ""), html);
  if (!policy) return null;
  const kept = Object.entries(headers).filter(([name]) => !DROPPED.has(name) && name !== "content-security-policy" && name !== "vary");
  const vary = [headers.vary, "Accept-Language, Cookie"].filter(Boolean).join(", ");
  const withoutNonce = Buffer.from(html.replace(/ nonce="[^"]*"/g, ""), "utf8");
  return { headers: [...kept, ["content-security-policy", policy], ["vary", vary]], body: withoutNonce, gzip: gzipSync(withoutNonce) };
}

/**
 * Serves cached paths from a copy at most `ttlMs` old per language, rendered by `render(locale)` (one render at
 * a time per language; meanwhile the previous copy, up to `staleMs` old, is served). When no copy can be had, the
 * request goes to the app as any other.
 */
export function createPageCache({ render, ttlMs = 1_000, staleMs = 30_000, fallbackLocale = "en", now = () => Date.now() }) {
  const entries = new Map(); // `${path} ${locale}` → { copy, at, refreshing }
  const refresh = (key, path, locale) => {
    const entry = entries.get(key) ?? { copy: null, at: 0, refreshing: null };
    entries.set(key, entry);
    entry.refreshing ??= render(path, locale)
      .then((response) => {
        const copy = pageCopy(response);
        if (copy) Object.assign(entry, { copy, at: now() });
        return copy;
      })
      .catch(() => null)
      .finally(() => (entry.refreshing = null));
    return entry.refreshing;
  };
  /** The copy for this request, or null (then the app answers it). */
  return async function lookup(req) {
    if (!cacheable(req)) return null;
    const locale = visitorLocale(req.headers, fallbackLocale);
    const key = `${req.url} ${locale}`;
    const entry = entries.get(key);
    const age = entry?.copy ? now() - entry.at : Infinity;
    if (age < ttlMs) return entry.copy;
    const fresh = refresh(key, req.url, locale);
    if (age < staleMs) return entry.copy;
    return fresh;
  };
}

/** Sends a copy, compressed when the client accepts it. */
export function sendCopy(req, res, copy) {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? copy.gzip : copy.body;
  for (const [name, value] of copy.headers) res.setHeader(name, value);
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", body.length);
  res.setHeader("x-vigie-cache", "hit");
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
}
