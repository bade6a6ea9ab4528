// The seven steps of the incident plan. A ticket's `step` is the latest step it has reached.
export const steps = ["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION", "CLOSURE"] as const;
export type Step = (typeof steps)[number];

// What people read about a step (its name, what it means, its state, who acts) is in messages/<locale>/lifecycle.json
// under lifecycle.steps.<STEP>; only the facts that are no translation stay here.
export type StepInfo = {
  /** The step's place in the plan, 1–7. */
  number: number;
  /** The plan's own French name, shown beside the step's name in either language (the plan page). */
  planName: string;
};

export const stepInfo: Record<Step, StepInfo> = {
  REGISTRATION: { number: 1, planName: "Enregistrement" },
  CLASSIFICATION: { number: 2, planName: "Classification" },
  TREATMENT: { number: 3, planName: "Traitement" },
  SOLUTION: { number: 4, planName: "Solution" },
  VALIDATION: { number: 5, planName: "Validation" },
  REMEDIATION: { number: 6, planName: "Remédiation" },
  CLOSURE: { number: 7, planName: "Clôture" },
};

export function isOpenStep(step: Step): boolean {
  return step !== "CLOSURE";
}

/** Steps at which the incident is believed solved: the alert firing again contradicts that. */
export const solvedSteps: readonly Step[] = ["SOLUTION", "VALIDATION", "REMEDIATION"];
