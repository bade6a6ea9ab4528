import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientAreas, type ClientSection } from "@/lib/i18n/client-areas";

// Each section's layout sends the browser only its areas' messages: every area a Client Component of that
// section reads (useTranslations("area…")) must be among them, or it would print its keys instead of words.
const root = path.resolve(import.meta.dirname, "../..");
const entries: Record<ClientSection, string> = { root: "app/layout.tsx", app: "app/(app)", signin: "app/signin", status: "app/status" };

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return ["", ".tsx", ".ts", "/index.tsx", "/index.ts"].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

function files(entry: string): string[] {
  const full = path.join(root, entry);
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { recursive: true, encoding: "utf8" }).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f)).map((f) => path.join(full, f));
}

/** The areas read by the code that runs in the browser from this section: files marked "use client" and all they import (server actions aside). */
function clientAreasUsed(section: ClientSection): { areas: Set<string>; wholeCatalogue: string[] } {
  const areas = new Set<string>();
  const wholeCatalogue: string[] = [];
  const seen = new Map<string, boolean>();
  const visit = (file: string, client: boolean) => {
    const source = fs.readFileSync(file, "utf8");
    if (/^\s*["']use server["']/m.test(source.slice(0, 200))) return; // server actions run on the server
    const isClient = client || /^\s*["']use client["']/m.test(source.slice(0, 200));
    if (seen.get(file) === true || (seen.has(file) && !isClient)) return;
    seen.set(file, isClient);
    if (isClient) {
      for (const [, area] of source.matchAll(/useTranslations\(\s*"([a-zA-Z]+)/g)) areas.add(area!);
      if (/useTranslations\(\s*\)/.test(source)) wholeCatalogue.push(path.relative(root, file));
    }
    for (const [, spec] of source.matchAll(/from\s+"([^"]+)"/g)) {
      const target = resolveImport(file, spec!);
      if (target && !target.includes("node_modules") && !target.endsWith(".json")) visit(target, isClient);
    }
  };
  for (const file of files(entries[section])) visit(file, false);
  return { areas, wholeCatalogue };
}

describe("the messages each section sends to the browser", () => {
  for (const section of Object.keys(entries) as ClientSection[]) {
    it(`${section}: every area its Client Components read`, () => {
      const { areas, wholeCatalogue } = clientAreasUsed(section);
      expect(wholeCatalogue).toEqual([]);
      expect([...areas].filter((a) => !(clientAreas[section] as readonly string[]).includes(a)).sort()).toEqual([]);
    });
  }

  it("the signed-in app leaves out the areas only the server renders", () => {
    expect(clientAreas.app).not.toContain("runbooks");
    expect(clientAreasUsed("app").areas.has("runbooks")).toBe(false);
  });
});
