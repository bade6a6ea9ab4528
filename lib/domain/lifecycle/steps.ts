// The seven steps of the incident plan. A ticket's `step` is the latest step it has reached.
// This is the one source of their names and meanings: the UI, the plan page and the emails read it.
export const steps = ["REGISTRATION", "CLASSIFICATION", "TREATMENT", "SOLUTION", "VALIDATION", "REMEDIATION", "CLOSURE"] as const;
export type Step = (typeof steps)[number];

export type StepInfo = {
  number: number;
  label: string;
  /** The keynote's French name. */
  planName: string;
  /** What the plan says happens at this step. */
  meaning: string;
  /** The state a ticket is in once it has reached the step. */
  state: string;
  who: string;
};

export const stepInfo: Record<Step, StepInfo> = {
  REGISTRATION: {
    number: 1,
    label: "Registration",
    planName: "Enregistrement",
    meaning: "A ticket records the information about an incident.",
    state: "Registered, waiting to be classified.",
    who: "Alertmanager, the heartbeat check, or anyone signed in",
  },
  CLASSIFICATION: {
    number: 2,
    label: "Classification",
    planName: "Classification",
    meaning: "The severity of the incident and the services it touches are determined.",
    state: "Classified, waiting to be assigned.",
    who: "Admins",
  },
  TREATMENT: {
    number: 3,
    label: "Treatment",
    planName: "Traitement",
    meaning: "The ticket is assigned to the person competent to resolve the incident.",
    state: "Assigned and being worked.",
    who: "Admins assign; the assignee works it",
  },
  SOLUTION: {
    number: 4,
    label: "Solution",
    planName: "Solution",
    meaning: "The technician considers the incident resolved.",
    state: "A solution is recorded.",
    who: "The assignee or an admin",
  },
  VALIDATION: {
    number: 5,
    label: "Validation",
    planName: "Validation",
    meaning: "The group of admins confirms that the incident is really resolved.",
    state: "Waiting for the admins' validation.",
    who: "Admins, as a group",
  },
  REMEDIATION: {
    number: 6,
    label: "Remediation",
    planName: "Remédiation",
    meaning: "Every possible measure is taken to keep the incident from coming back.",
    state: "Validated; remediation measures under way.",
    who: "Admins and the measures' owners",
  },
  CLOSURE: {
    number: 7,
    label: "Closure",
    planName: "Clôture",
    meaning: "The ticket is closed and the incident is considered fully resolved.",
    state: "Closed.",
    who: "Admins",
  },
};

export function isOpenStep(step: Step): boolean {
  return step !== "CLOSURE";
}

/** Steps at which the incident is believed solved: the alert firing again contradicts that. */
export const solvedSteps: readonly Step[] = ["SOLUTION", "VALIDATION", "REMEDIATION"];
