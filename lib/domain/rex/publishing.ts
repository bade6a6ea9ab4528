// What a REX needs before it is published: the sections the plan's own REX has (keynote: « Déroulement de
// l'incident », « Point faible du processus », « Action menée », « Recommandations »). The timeline copied from
// the ticket does not count as the course: it lists events, the course says how the incident showed itself.
export const publishSections = ["courseNarrative", "weakPoint", "actionsTaken", "recommendations"] as const;
export type PublishSection = (typeof publishSections)[number];

/** The sections still empty (only spaces counts as empty), in the document's order. */
export function missingForPublishing(rex: Record<PublishSection, string>): PublishSection[] {
  return publishSections.filter((section) => !rex[section].trim());
}
