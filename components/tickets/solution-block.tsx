import { formatDateTime } from "@/lib/format";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

/** The recorded solution and the admins' decisions on it, round by round. */
export function SolutionBlock({ ticket }: { ticket: TicketDetail }) {
  if (!ticket.solution && ticket.votes.length === 0 && !ticket.closingNote) return null;
  return (
    <section aria-labelledby="solution" className="space-y-2">
      <h2 id="solution" className="font-medium">Solution</h2>
      {ticket.solution ? (
        <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          <p className="whitespace-pre-line">{ticket.solution}</p>
          <p className="mt-1 text-xs text-zinc-500">by {ticket.solver?.name ?? "—"} · {formatDateTime(ticket.solvedAt)}</p>
        </div>
      ) : null}
      {ticket.votes.length ? (
        <ul className="space-y-1 text-xs" data-testid="votes">
          {ticket.votes.map((v) => (
            <li key={v.id}>
              Round {v.round}: <span className={v.decision === "APPROVE" ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}>{v.decision === "APPROVE" ? "approved" : "refused"}</span> by {v.admin.name}
              {v.reason ? ` — ${v.reason}` : ""} · {formatDateTime(v.createdAt)}
            </li>
          ))}
        </ul>
      ) : null}
      {ticket.closingNote ? <p className="text-xs text-zinc-600 dark:text-zinc-400">Closing note: {ticket.closingNote}</p> : null}
    </section>
  );
}
