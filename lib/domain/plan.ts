// The incident plan's detection measures and suggestions (keynote, "Détection" and "Suggestions"), by key: their
// words, in each language, are in messages/<locale>/plan.json. The seven steps come from lifecycle/steps.ts and
// the risk treatments from the register: not copied here.
export const detectionMeasures = ["alertEmails", "socWatch", "userReports"] as const;
export const monitoringGroups = ["serverState", "serviceState", "resourceConsumption"] as const;
export const backupPolicy = ["postgres", "redis"] as const;
export const suggestions = ["redundancy", "security", "recovery", "tests"] as const;
