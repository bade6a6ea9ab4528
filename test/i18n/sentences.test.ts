import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { frSentences as fr } from "@/messages/fr/sentences";

// The sentences the code writes for people (use-case errors, validation messages, confirmations) are English in
// the code and French in messages/fr/sentences/*.json. Each one found here must have its French.
const root = path.resolve(import.meta.dirname, "..", "..");

function files(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : files(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");
const code = ["lib", "app"].flatMap(files);
const quoted = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!.replace(/\\"/g, '"'));

/** Sentences: a capital letter, words, and the end of a sentence. */
const isSentence = (s: string) => /^[A-Z][^]*\s[^]*[.?!:)]$/.test(s);

const errors = code.flatMap((f) => quoted(read(f), /new AppError\("[A-Z_]+",\s*"((?:[^"\\]|\\.)*)"/g));
const validation = files("lib/validations").flatMap((f) => quoted(read(f), /"((?:[^"\\]|\\.)*)"/g)).filter(isSentence);
const confirmations = files("lib/actions").flatMap((f) => quoted(read(f), /message:\s*"((?:[^"\\]|\\.)*)"/g));

describe("sentences the server writes", () => {
  it.each([
    ["use-case errors", errors],
    ["validation messages", validation],
    ["confirmations", confirmations],
  ])("%s have their French", (_, sentences) => {
    const missing = [...new Set(sentences)].filter((s) => !(fr as Record<string, string>)[s]?.trim());
    expect(missing).toEqual([]);
  });

  it("are written with {placeholders} and values, not built from template strings (they could not be translated)", () => {
    const built = code.flatMap((f) => [...read(f).matchAll(/new AppError\("[A-Z_]+",\s*`([^`]*\$\{[^`]*)`/g)].map((m) => `${f}: ${m[1]}`));
    expect(built).toEqual([]);
  });

  it("keep their placeholders in French, and the catalog holds nothing the code no longer says", () => {
    const all = new Set([...errors, ...validation, ...confirmations, ...extra()]);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [english, french] of Object.entries(fr as Record<string, string>)) {
      expect(all.has(english), `no longer in the code: ${english}`).toBe(true);
      expect(names(french), english).toEqual(names(english));
    }
  });
});

/** Sentences passed to translateSentence elsewhere, declared where they are written with `sentence("…")`. */
function extra(): string[] {
  return [...code, ...files("components")].flatMap((f) => quoted(read(f), /sentence\(\s*"((?:[^"\\]|\\.)*)"/g));
}
