import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";

// Every message exists in both languages, is not empty, parses as ICU, and is used somewhere.
const root = path.resolve(import.meta.dirname, "..", "..");

function leaves(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

const en = leaves(messages.en);
const fr = leaves(messages.fr);

describe("messages", () => {
  it("have the same keys in English and French", () => {
    expect([...fr.keys()].filter((k) => !en.has(k)), "only in French").toEqual([]);
    expect([...en.keys()].filter((k) => !fr.has(k)), "only in English").toEqual([]);
  });

  it("are never empty, and French keeps English's placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [key, text] of en) {
      expect(text.trim(), key).not.toBe("");
      expect(fr.get(key)?.trim(), key).not.toBe("");
      expect(placeholders(fr.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it.each(["en", "fr"] as const)("parse as ICU messages (%s)", (locale) => {
    const t = createTranslator({ locale, messages: messages[locale], onError: (error) => { throw error; } });
    for (const [key, text] of en) {
      // Every argument the message names gets a value; tags (<b>…</b>) get a renderer.
      const names = [...text.matchAll(/\{\s*(\w+)/g)].map((m) => [m[1]!, 1] as const);
      const tags = [...text.matchAll(/<(\w+)>/g)].map((m) => [m[1]!, (chunks: string) => chunks] as const);
      expect(() => t.markup(key as never, Object.fromEntries([...names, ...tags]) as never), key).not.toThrow();
    }
  });

  it("are all used: each key is named in the code, or lies under a prefix the code builds keys from", () => {
    const files = sources(["app", "components", "lib", "messages"]);
    const text = files.map((f) => fs.readFileSync(f, "utf8")).join("\n");
    // Literal keys: "a.b.c" anywhere; built keys: `prefix.${…}` marks everything under prefix as used.
    const literal = new Set([...text.matchAll(/["'`]([\w-]+(?:\.[\w-]+)+)["'`]/g)].map((m) => m[1]!));
    const built = [...text.matchAll(/`([\w-]+(?:\.[\w-]+)*)\.\$\{/g)].map((m) => m[1]!);
    const short = new Set([...text.matchAll(/\bt\(\s*["'`]([\w.-]+)["'`]/g)].map((m) => m[1]!));
    const unused = [...en.keys()].filter((key) => {
      const [, ...rest] = key.split(".");
      const local = rest.join(".");
      const tails = rest.map((_, i) => rest.slice(i).join("."));
      if (literal.has(key) || short.has(local) || tails.some((tail) => literal.has(tail) || short.has(tail))) return false;
      return !built.some((prefix) => key.includes(`${prefix}.`));
    });
    expect(unused).toEqual([]);
  });
});

function sources(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "generated") walk(full);
      } else if (/\.(tsx?|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return out;
}
