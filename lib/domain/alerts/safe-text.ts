import { createHash } from "node:crypto";

// PostgreSQL cannot hold NUL in text or jsonb, nor a lone UTF-16 surrogate in jsonb; JSON bodies and Prometheus
// labels can carry both. Such text is kept in a visible form (U+FFFD) rather than failing the whole delivery.
export const REPLACEMENT = "\uFFFD";

const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Nearly every label has neither: one scan for the characters alone, the replacement only when one is there.
const SUSPECT = /[\u0000\ud800-\udfff]/;

/** The text with NULs and lone surrogates replaced by U+FFFD; valid text is returned as is. */
export function safeText(text: string): string {
  return SUSPECT.test(text) ? text.replace(UNSTORABLE, REPLACEMENT) : text;
}

// In JSON text the same characters arrive as escapes (a raw NUL or lone surrogate cannot survive UTF-8 decoding).
// Every escape is matched as a unit from the left, so `\\u0000` (an escaped backslash, then "u0000") is left alone.
const ESCAPE = /\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\(u[0-9a-fA-F]{4}|[^u])/g;

/** JSON text that PostgreSQL's jsonb accepts: `\u0000` and unpaired surrogate escapes become `\ufffd`. Expects valid JSON. */
export function safeJsonText(json: string): string {
  if (!json.includes("\\u")) return json;
  return json.replace(ESCAPE, (match, _high: string | undefined, _low: string | undefined, escape: string | undefined) => {
    if (!escape) return match; // a valid surrogate pair
    if (!/^u/.test(escape)) return match;
    const code = parseInt(escape.slice(1), 16);
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) ? "\\ufffd" : match;
  });
}

// B-tree index entries are limited to about 2,700 bytes; a group key is indexed (ticket, alert). Alertmanager's group
// keys grow with the group's label values, so a longer one keeps its start and a hash of the whole: still one key per group.
const MAX_KEY_BYTES = 1_024;

export function storableGroupKey(key: string): string {
  if (Buffer.byteLength(key, "utf8") <= MAX_KEY_BYTES) return key;
  const hash = createHash("sha256").update(key, "utf8").digest("hex");
  let prefix = key.slice(0, 900);
  while (Buffer.byteLength(prefix, "utf8") > 900) prefix = prefix.slice(0, -50);
  return `${safeText(prefix)}…sha256:${hash}`;
}

/** A groupKey as Vigie stores and looks it up: storable text, bounded. Idempotent; ingestion and reconciliation share it. */
export const storedGroupKey = (key: string): string => storableGroupKey(safeText(key));
