// The risk matrix of the incident plan. Scales and criticality follow the keynote's own words: every risk
// with a high impact is critical there, whatever its probability (R5 and R6 are "Elevé × Peu probable →
// Critique"), so criticality is a table, not a product.
export const riskLevels = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const impactLabels: Record<RiskLevel, { en: string; fr: string }> = {
  1: { en: "Low", fr: "Faible" },
  2: { en: "Medium", fr: "Moyen" },
  3: { en: "High", fr: "Elevé" },
  4: { en: "Very high", fr: "Très élevé" },
};

export const probabilityLabels: Record<RiskLevel, { en: string; fr: string }> = {
  1: { en: "Unlikely", fr: "Peu probable" },
  2: { en: "Possible", fr: "Possible" },
  3: { en: "Likely", fr: "Probable" },
  4: { en: "Very likely", fr: "Très probable" },
};

export const criticalities = ["LOW", "MODERATE", "HIGH", "CRITICAL"] as const;
export type Criticality = (typeof criticalities)[number];

export const criticalityLabels: Record<Criticality, { en: string; fr: string }> = {
  LOW: { en: "Low", fr: "Faible" },
  MODERATE: { en: "Moderate", fr: "Modérée" },
  HIGH: { en: "High", fr: "Elevée" },
  CRITICAL: { en: "Critical", fr: "Critique" },
};

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

export const strategyLabels: Record<Strategy, string> = {
  MITIGATE: "Mitigate",
  ACCEPT: "Accept",
  TRANSFER: "Transfer / delegate",
  AVOID: "Avoid",
};

export const riskCodePattern = /^R\d{1,4}$/;
