import { eventLabel, shownType } from "@/lib/domain/timeline";
import { formatDateTime } from "@/lib/format";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

const at = (value: unknown) => (value ? formatDateTime(String(value)) : "unknown");

/** The line after an event's label: what the data says, for each type (older rows' shapes included). */
export function eventDetail(type: string, data: Record<string, unknown>): string | null {
  if (type.startsWith("alert.") && Array.isArray(data.alerts)) {
    const alerts = data.alerts as { alertname?: string; instance?: string }[];
    const named = alerts.slice(0, 3).map((a) => [a.alertname, a.instance].filter(Boolean).join(" on "));
    return `${alerts.length > 1 ? `${alerts.length} alerts: ` : ""}${named.join(", ")}${alerts.length > 3 ? ` and ${alerts.length - 3} more` : ""}`;
  }
  if (type === "ticket.reopened_by_alert") return `from ${String(data.from).toLowerCase()}`;
  if (type === "ticket.classified") return `priority ${data.priority}, ${String(data.category).toLowerCase()}`;
  if (type === "ticket.assigned") return `${String(data.assigneeName ?? "")}${data.self ? " (took it)" : ""}`;
  if (type === "ticket.closed_as_duplicate" || type === "ticket.merged_into") return data.duplicateOfNumber ? `of #${data.duplicateOfNumber}` : null;
  if (type === "ticket.merged") return `#${data.mergedNumber}${typeof data.alertsMoved === "number" ? `, ${data.alertsMoved} alert${data.alertsMoved === 1 ? "" : "s"} moved here` : ""}`;
  if (type === "validation.refused" || type === "ticket.reopened") return String(data.reason ?? "");
  if (type === "follow_up.added" || type === "ticket.solution_recorded") return String(data.body ?? data.solution ?? "");
  if (type === "validation.approved") return data.quorumReached ? "quorum reached" : "waiting for more approvals";
  if (type.startsWith("remediation.")) return [data.title, data.state ? String(data.state).toLowerCase() : null].filter(Boolean).join(" · ");
  if (type.startsWith("silence.")) return [data.maintenance ? `maintenance window: ${data.reason}` : data.reason, data.matchers, data.endsAt ? `until ${at(data.endsAt)}` : null].filter(Boolean).join(" · ") || null;
  if (type === "heartbeat.late") return data.lastSeenAt ? `last seen ${formatDateTime(String(data.lastSeenAt))}` : "never received";
  if (type === "heartbeat.stopped") return `Watchdog ended ${at(data.endedAt)}, last beat ${data.lastSeenAt ? at(data.lastSeenAt) : "never received"}`;
  if (type === "heartbeat.restored") return data.lateSince ? `late since ${at(data.lateSince)}` : null;
  if (type === "alertmanager.unreachable") {
    const urls = Array.isArray(data.urls) ? (data.urls as { url?: string }[]).map((u) => u.url).filter(Boolean) : [];
    return `no answer since ${at(data.since)}${urls.length ? ` from ${urls.join(", ")}` : ""}`;
  }
  if (type === "alertmanager.reachable") return data.since ? `unreachable since ${at(data.since)}` : null;
  if (type === "escalation.notified") {
    const names = Array.isArray(data.notified) ? (data.notified as { name?: string }[]).map((n) => n.name).filter(Boolean) : [];
    return `level ${data.level}, round ${data.round}: ${names.join(", ")}`;
  }
  if (type === "ticket.registered") return `from ${String(data.source).toLowerCase()}${data.previousTicketId ? ", recurrence of a closed ticket" : ""}`;
  return null;
}

/** The ticket's history, oldest first: immutable, written with each change; merged tickets' events are marked. */
export function Timeline({ events }: { events: TicketDetail["events"] }) {
  return (
    <ol className="relative space-y-3 border-l border-zinc-200 pl-4 dark:border-zinc-800" data-testid="timeline">
      {events.map((e) => {
        const data = (e.data ?? {}) as Record<string, unknown>;
        const type = shownType(e.type, data);
        const extra = eventDetail(type, data);
        return (
          <li key={e.id} data-type={e.type} data-from-ticket={e.fromTicket ?? undefined} className="relative">
            <span className="absolute -left-[21px] top-1.5 h-2 w-2 rounded-full bg-zinc-400 dark:bg-zinc-600" aria-hidden />
            <div className="text-sm">{eventLabel(type)}{extra ? <span className="text-zinc-500"> · {extra}</span> : null}</div>
            <div className="text-xs text-zinc-500">
              {formatDateTime(e.at)} · {e.actorName ?? e.actorKind.toLowerCase()}
              {e.fromTicket ? <span className="ml-1 rounded bg-zinc-200/70 px-1 font-mono dark:bg-zinc-800" title="An event of a ticket merged into this one">from #{e.fromTicket}</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
