// Reads a request body up to a limit without buffering more than the limit (a lying Content-Length included).
// Decoded as it streams: each chunk becomes text and is dropped, so memory holds the text once, not bytes and text.
export type LimitedBody = { ok: true; text: string; bytes: number } | { ok: false; tooLarge: true };

/** A Fetch API request's body (route handlers). */
export function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  return readLimitedChunks({ declaredLength: request.headers.get("content-length"), chunks: request.body }, maxBytes);
}

/**
 * Any body: a web stream or a Node request (both async iterables of bytes). Over the limit, iteration stops:
 * a web stream is cancelled, a Node request destroyed (its socket stays, to carry the answer).
 */
export async function readLimitedChunks(
  { declaredLength, chunks }: { declaredLength: string | null; chunks: AsyncIterable<Uint8Array> | null },
  maxBytes: number,
): Promise<LimitedBody> {
  const declared = Number(declaredLength ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, tooLarge: true };
  if (!chunks) return { ok: true, text: "", bytes: 0 };
  // Invalid UTF-8 becomes U+FFFD (never an exception): it is text PostgreSQL can store.
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  const parts: string[] = [];
  let size = 0;
  for await (const value of chunks) {
    size += value.byteLength;
    if (size > maxBytes) return { ok: false, tooLarge: true };
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join(""), bytes: size };
}
