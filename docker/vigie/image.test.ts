// What the runtime image copies from the build stage must hold everything the server imports at start: the
// image's scripts/server.mjs imported two modules the Dockerfile did not copy, so a container would have
// stopped at once with ERR_MODULE_NOT_FOUND (no Docker engine here to build it; read from the Dockerfile).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "..", "..");
const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");

/** The build-stage paths the runtime stage copies, as patterns (a `*` within one path segment). */
function runtimeCopies(text: string): RegExp[] {
  const runtime = text.slice(text.indexOf("AS runtime"));
  const sources = [...runtime.matchAll(/^COPY --from=build(?: --chown=\S+)? (.+) \S+$/gm)].flatMap((m) => m[1]!.trim().split(/\s+/));
  return sources.map((source) => {
    const relative = source.replace(/^\/app\//, "");
    const pattern = relative.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
    return new RegExp(`^${pattern}(?:/.*)?$`);
  });
}

/** Every file the module imports by a relative path, transitively. */
function relativeImports(file: string, seen = new Set<string>()): Set<string> {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  for (const [, specifier] of text.matchAll(/^\s*import\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/gm)) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier!));
    if (seen.has(target)) continue;
    seen.add(target);
    relativeImports(target, seen);
  }
  return seen;
}

describe("the runtime image", () => {
  it("reads copy patterns as Docker does", () => {
    const copies = runtimeCopies("FROM x AS runtime\nCOPY --from=build /app/scripts/lib/*.mjs ./scripts/lib/\nCOPY --from=build --chown=node:node /app/.next ./.next\n");
    const covered = (file: string) => copies.some((c) => c.test(file));
    expect([covered("scripts/lib/page-cache.mjs"), covered("scripts/lib/net.ts"), covered("scripts/lib/x/y.mjs"), covered(".next/server/app.js")]).toEqual([true, false, false, true]);
  });

  it("copies scripts/server.mjs and every module it imports", () => {
    const copies = runtimeCopies(dockerfile);
    const needed = ["scripts/server.mjs", ...relativeImports("scripts/server.mjs")];
    expect(needed.length).toBeGreaterThan(3); // the walk found the server's own modules
    expect(needed.filter((file) => !copies.some((c) => c.test(file)))).toEqual([]);
  });
});
