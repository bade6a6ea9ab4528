import type { RiskFields } from "@/lib/validations/risk";

// What creating and editing a risk share: the fields kept in its history, and how they are stored.
export const riskFields = ["description", "impact", "probability", "consequences", "strategy", "treatment", "ownerId", "reviewDate"] as const;

export function toRiskData(input: RiskFields) {
  return { ...input, reviewDate: input.reviewDate ? new Date(`${input.reviewDate}T00:00:00Z`) : null };
}

/** A field's value as its history compares it: dates by day. */
export const comparable = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null));
