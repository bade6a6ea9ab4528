import { useFormatter, useTranslations } from "next-intl";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

/** The recorded solution and the admins' decisions on it, round by round. */
export function SolutionBlock({ ticket }: { ticket: TicketDetail }) {
  const t = useTranslations("tickets.solution");
  const format = useFormatter();
  const when = (d: Date | string | null) => (d ? format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" }) : "—");
  if (!ticket.solution && ticket.votes.length === 0 && !ticket.closingNote) return null;
  return (
    <section aria-labelledby="solution-heading" className="space-y-2">
      <h2 id="solution-heading" className="font-medium">{t("title")}</h2>
      {ticket.solution ? (
        <div className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
          <p className="whitespace-pre-line">{ticket.solution}</p>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t("by", { name: ticket.solver?.name ?? "—", date: when(ticket.solvedAt) })}</p>
        </div>
      ) : null}
      {ticket.votes.length ? (
        <ul className="space-y-1 text-xs" data-testid="votes">
          {ticket.votes.map((v) => (
            <li key={v.id}>
              {t.rich(v.decision === "APPROVE" ? "vote.APPROVE" : "vote.REFUSE", {
                round: v.round,
                name: v.admin.name,
                tone: (chunks) => <span className={v.decision === "APPROVE" ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}>{chunks}</span>,
              })}
              {v.reason ? ` — ${v.reason}` : ""} · {when(v.createdAt)}
            </li>
          ))}
        </ul>
      ) : null}
      {ticket.closingNote ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t("closingNote", { note: ticket.closingNote })}</p> : null}
    </section>
  );
}
