// The pages anyone may open without signing in (proxy.ts): the public status page, its report form (whose
// server action posts to the same path) and its feed. An explicit list, not a prefix: a page added under
// /status later is not public by accident.
const publicPaths = new Set(["/status", "/status/report", "/status/feed.xml"]);

export function isPublicPath(pathname: string): boolean {
  return publicPaths.has(pathname.replace(/\/+$/, "") || "/");
}
