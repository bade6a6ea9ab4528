// The risk matrix of the incident plan. Scales and criticality follow the keynote's own words: every risk
// with a high impact is critical there, whatever its probability (R5 and R6 are "Elevé × Peu probable →
// Critique"), so criticality is a table, not a product. Their names, in each language, are in
// messages/<locale>/risks.json (risks.impact, risks.probability, risks.criticality, risks.strategy).
export const riskLevels = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const criticalities = ["LOW", "MODERATE", "HIGH", "CRITICAL"] as const;
export type Criticality = (typeof criticalities)[number];

/** criticalityMatrix[impact][probability] */
export const criticalityMatrix: Record<RiskLevel, Record<RiskLevel, Criticality>> = {
  4: { 1: "CRITICAL", 2: "CRITICAL", 3: "CRITICAL", 4: "CRITICAL" },
  3: { 1: "CRITICAL", 2: "CRITICAL", 3: "CRITICAL", 4: "CRITICAL" },
  2: { 1: "MODERATE", 2: "MODERATE", 3: "HIGH", 4: "HIGH" },
  1: { 1: "LOW", 2: "LOW", 3: "MODERATE", 4: "MODERATE" },
};

export function criticalityOf(impact: RiskLevel, probability: RiskLevel): Criticality {
  return criticalityMatrix[impact][probability];
}

export const strategies = ["MITIGATE", "ACCEPT", "TRANSFER", "AVOID"] as const;
export type Strategy = (typeof strategies)[number];

export const riskCodePattern = /^R\d{1,4}$/;
