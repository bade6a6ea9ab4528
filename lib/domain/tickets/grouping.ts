// The ticket list grouped by alert name or any label of the alert that opened each ticket. Pure.

/** Prometheus' label names. */
export const labelNamePattern = /^[a-zA-Z_][a-zA-Z0-9_]{0,99}$/;

/** Tickets without the label (reported by hand, or alerts without it) share this group. */
export const NO_VALUE = "";

export function groupValue(labels: unknown, label: string): string {
  if (!labels || typeof labels !== "object" || Array.isArray(labels)) return NO_VALUE;
  const value = (labels as Record<string, unknown>)[label];
  return typeof value === "string" ? value : NO_VALUE;
}

export type TicketGroup = { value: string; count: number };

/** Counts per value, the largest group first, then by value; the group without the label comes last. */
export function groupTickets(tickets: { leadLabels: unknown }[], label: string): TicketGroup[] {
  const counts = new Map<string, number>();
  for (const t of tickets) {
    const value = groupValue(t.leadLabels, label);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => Number(a.value === NO_VALUE) - Number(b.value === NO_VALUE) || b.count - a.count || a.value.localeCompare(b.value, "en", { numeric: true }));
}
