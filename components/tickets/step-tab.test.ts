import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { StepTab } from "./ticket-list-parts";

// The provider's props type wants `children` among the props; React's rule wants it as an argument.
const Provider = NextIntlClientProvider as unknown as (props: { locale: string; messages: object; timeZone: string; children?: ReactNode }) => ReactNode;

// A filtered count stops at a bound (count-by-step.ts): the tab says so instead of showing the bound as exact.
const tab = (locale: "en" | "fr", count: number, atLeast: boolean) =>
  renderToStaticMarkup(createElement(Provider, { locale, messages: messages[locale], timeZone: "UTC" }, createElement(StepTab, { label: "Closure", count, atLeast, active: false, onClick: () => {} })))
    .replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("a step tab's count", () => {
  it.each([
    ["en", 42, false, "Closure 42"],
    ["en", 2000, true, "Closure 2,000+"],
    ["fr", 2000, true, "Closure 2 000+"],
    ["fr", 0, true, "Closure 0+"],
  ] as const)("%s, %i, bound %s → %s", (locale, count, atLeast, expected) => {
    expect(tab(locale, count, atLeast).replace(/\u202f|\u00a0/g, " ")).toBe(expected);
  });
});
