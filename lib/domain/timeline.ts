// Timeline event types: every change of a ticket is one of these, written with the change, never rewritten.
// Rows are immutable, so a type is never renamed or removed: older rows keep their type and data shape
// (e.g. a "heartbeat.late" with data.cause written before "heartbeat.stopped" existed).
export const eventTypes = {
  "ticket.registered": "Registered",
  "alert.firing": "Alert firing",
  "alert.resolved": "Alert resolved",
  "alert.reconciled": "Alert resolved by reconciliation: Alertmanager no longer holds it",
  "signal.cleared": "Signal cleared: no alert fires any more",
  "signal.firing": "Signal firing again",
  "ticket.reopened_by_alert": "Firing again: back to treatment (flapping)",
  "heartbeat.late": "Heartbeat late: the alerting pipeline may be down",
  "heartbeat.stopped": "Watchdog resolved: Prometheus stopped evaluating rules",
  "heartbeat.restored": "Heartbeat back",
  "alertmanager.unreachable": "Alertmanager unreachable: alerts may not reach anyone",
  "alertmanager.reachable": "Alertmanager reachable again",
  "ticket.acknowledged": "Acknowledged: on it",
  "escalation.notified": "Escalation: notified because nobody acknowledged",
  "ticket.classified": "Classified",
  "ticket.assigned": "Assigned",
  "ticket.solution_recorded": "Solution recorded",
  "ticket.validation_requested": "Validation requested",
  "validation.approved": "Solution approved",
  "validation.refused": "Solution refused: back to treatment",
  "ticket.closed": "Closed",
  "ticket.reopened": "Reopened: back to treatment",
  "ticket.closed_as_duplicate": "Closed as a duplicate",
  "ticket.merged_into": "Merged into another ticket: its alerts and timeline are shown there",
  "ticket.merged": "Another ticket merged into this one",
  "follow_up.added": "Follow-up",
  "remediation.added": "Remediation measure added",
  "remediation.updated": "Remediation measure updated",
  "risk.linked": "Linked to a risk",
  "risk.unlinked": "Unlinked from a risk",
  "silence.created": "Silenced in Alertmanager",
  "silence.extended": "Silence extended",
  "silence.expired": "Silence expired",
  "public.declared": "Declared on the public status page",
  "public.updated": "Public update posted",
  "report.confirmed": "Public report confirmed",
  "report.spam": "Public report marked as spam: closed, left out of the metrics",
  "report.follows_updates": "The reporter will be emailed the public updates",
} as const;

export type EventType = keyof typeof eventTypes;

export function eventLabel(type: string): string {
  return (eventTypes as Record<string, string>)[type] ?? type;
}

/**
 * The type a row is shown as. Rows written before the R1 watches had their own types reused "heartbeat.late",
 * "signal.cleared" and "alert.resolved" with `data.cause` or `data.via`; they read as today's types.
 */
export function shownType(type: string, data: Record<string, unknown>): string {
  if (type === "heartbeat.late" && data.cause === "watchdog_resolved") return "heartbeat.stopped";
  if (type === "heartbeat.late" && data.cause === "alertmanager_unreachable") return "alertmanager.unreachable";
  if (type === "signal.cleared" && data.cause === "alertmanager_reachable") return "alertmanager.reachable";
  if (type === "alert.resolved" && data.via === "reconciliation") return "alert.reconciled";
  return type;
}
