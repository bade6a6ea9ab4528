import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, resolveLocale } from "./locales";

describe("fromAcceptLanguage", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-US,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.4", "fr"],
    ["en;q=0.2, fr;q=0.8", "fr"],
    ["fr;q=0, en", "en"],
    ["de, ja", null],
    ["", null],
    [null, null],
    ["*", null],
  ] as const)("%j → %j", (header, expected) => {
    expect(fromAcceptLanguage(header)).toBe(expected);
  });
});

describe("resolveLocale", () => {
  it.each([
    ["the person's setting first", { user: "fr", cookie: "en", acceptLanguage: "en" }, "fr"],
    ["then the remembered choice", { user: null, cookie: "fr", acceptLanguage: "en" }, "fr"],
    ["then the browser", { cookie: "xx", acceptLanguage: "fr-BE" }, "fr"],
    ["else the default", { acceptLanguage: "de" }, "en"],
  ] as const)("%s", (_, input, expected) => {
    expect(resolveLocale({ ...input, fallback: "en" })).toBe(expected);
  });
});
