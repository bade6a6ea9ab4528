// Timeline event types: every change of a ticket is one of these, written with the change, never rewritten.
export const eventTypes = {
  "ticket.registered": "Registered",
  "alert.firing": "Alert firing",
  "alert.resolved": "Alert resolved",
  "signal.cleared": "Signal cleared: no alert fires any more",
  "signal.firing": "Signal firing again",
  "ticket.reopened_by_alert": "Firing again: back to treatment (flapping)",
  "heartbeat.late": "Heartbeat late: the alerting pipeline may be down",
  "heartbeat.restored": "Heartbeat back",
  "ticket.classified": "Classified",
  "ticket.assigned": "Assigned",
  "ticket.solution_recorded": "Solution recorded",
  "ticket.validation_requested": "Validation requested",
  "validation.approved": "Solution approved",
  "validation.refused": "Solution refused: back to treatment",
  "ticket.closed": "Closed",
  "ticket.reopened": "Reopened: back to treatment",
  "follow_up.added": "Follow-up",
  "remediation.added": "Remediation measure added",
  "remediation.updated": "Remediation measure updated",
  "risk.linked": "Linked to a risk",
  "risk.unlinked": "Unlinked from a risk",
} as const;

export type EventType = keyof typeof eventTypes;

export function eventLabel(type: string): string {
  return (eventTypes as Record<string, string>)[type] ?? type;
}
