// Reads a request body up to a limit without buffering more than the limit (a lying Content-Length included).
// Decoded as it streams: each chunk becomes text and is dropped, so memory holds the text once, not bytes and text.
export type LimitedBody = { ok: true; text: string; bytes: number } | { ok: false; tooLarge: true };

export async function readLimitedBody(request: Request, maxBytes: number): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, tooLarge: true };
  if (!request.body) return { ok: true, text: "", bytes: 0 };
  const reader = request.body.getReader();
  // Invalid UTF-8 becomes U+FFFD (never an exception): it is text PostgreSQL can store.
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true };
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join(""), bytes: size };
}
