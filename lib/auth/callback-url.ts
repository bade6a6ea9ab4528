// Where to go after signing in: only a path on Vigie itself. The value is parsed as a URL against a
// placeholder origin, the way a browser would resolve it, so `/\evil.example`, `/\t/evil.example` and
// `https:evil.example` are caught by what they resolve to, not by a list of patterns.
const HOME = "http://vigie.invalid";

export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value || value.length > 2_000 || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, HOME);
  } catch {
    return "/";
  }
  if (url.origin !== HOME) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that still starts with two slashes (or a backslash) would be protocol-relative once written out.
  return /^\/[/\\]/.test(path) ? "/" : path;
}
