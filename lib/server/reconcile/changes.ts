// What a reconciliation changed, as the run records it and the admin page shows it.
export type ReconcileChange = {
  direction: "resolved" | "ingested";
  ticketId: string | null;
  fingerprint: string;
  alertname: string;
  groupKey: string;
};

/** The timeline's name for what reconciliation does (the actor of its events). */
export const RECONCILIATION = "Reconciliation with Alertmanager";

// A run's row keeps this many changes; the counts stay exact.
export const MAX_RECORDED_CHANGES = 200;
