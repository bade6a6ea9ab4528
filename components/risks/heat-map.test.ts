import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { criticalityOf, riskLevels } from "@/lib/domain/risk";
import type { RiskRow } from "@/lib/server/risks/list-risks";
import { messages } from "@/messages";

// The heat map is read without colour: each cell writes its criticality in words (and its count, when it has risks).
let locale: "en" | "fr" = "en";
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: "risks") => createTranslator({ locale, messages: messages[locale], namespace }),
}));
const { HeatMap } = await import("./heat-map");

const risk = (code: string, impact: number, probability: number) => ({ id: code, code, impact, probability }) as unknown as RiskRow;

async function cells(risks: RiskRow[]) {
  const html = renderToStaticMarkup(createElement("div", null, await HeatMap({ risks })));
  return [...html.matchAll(/<a [^>]*data-criticality="(\w+)"[^>]*>(.*?)<\/a>/g)].map((m) => ({ criticality: m[1]!, visible: m[2]!.replace(/<span class="sr-only">.*?<\/span>/, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim() }));
}

describe.each(["en", "fr"] as const)("heat map cells (%s)", (language) => {
  it("each of the 16 cells shows its criticality's name, and the count and codes of its risks", async () => {
    locale = language;
    const shown = await cells([risk("R1", 4, 1), risk("R2", 4, 1), risk("R7", 1, 2)]);
    expect(shown).toHaveLength(riskLevels.length ** 2);
    for (const cell of shown) expect(cell.visible.toUpperCase()).toContain(messages[language].risks.criticality[cell.criticality as keyof typeof messages.en.risks.criticality].toUpperCase());
    const expected = [...riskLevels].reverse().flatMap((i) => riskLevels.map((p) => criticalityOf(i, p)));
    expect(shown.map((c) => c.criticality)).toEqual(expected);
    // Impact 4 (top row) × probability 1 (first column) holds two risks; impact 1 × probability 2 one.
    expect(shown[0]!.visible).toMatch(/^2 R1 R2 /);
    expect(shown[12 + 1]!.visible).toMatch(/^1 R7 /);
  });
});
