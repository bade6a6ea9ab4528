import { describe, expect, it } from "vitest";
import { keynoteRisks } from "@/lib/seed/keynote-risks";
import { criticalityOf, riskLevels, type RiskLevel } from "./risk";

describe("criticalityOf", () => {
  it.each(keynoteRisks.map((r) => [r.code, r.impact, r.probability] as const))("%s is critical, as the keynote says", (_code, impact, probability) => {
    expect(criticalityOf(impact, probability)).toBe("CRITICAL");
  });

  it.each<[RiskLevel, RiskLevel, string]>([
    [1, 1, "LOW"], [1, 4, "MODERATE"], [2, 1, "MODERATE"], [2, 3, "HIGH"], [3, 1, "CRITICAL"], [4, 4, "CRITICAL"],
  ])("impact %i × probability %i → %s", (impact, probability, expected) => {
    expect(criticalityOf(impact, probability)).toBe(expected);
  });

  it("never falls when impact or probability grows", () => {
    const rank = (i: RiskLevel, p: RiskLevel) => ["LOW", "MODERATE", "HIGH", "CRITICAL"].indexOf(criticalityOf(i, p));
    for (const i of riskLevels) for (const p of riskLevels) {
      if (i < 4) expect(rank((i + 1) as RiskLevel, p)).toBeGreaterThanOrEqual(rank(i, p));
      if (p < 4) expect(rank(i, (p + 1) as RiskLevel)).toBeGreaterThanOrEqual(rank(i, p));
    }
  });
});
