import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

const link = "text-sky-700 underline dark:text-sky-400";

/** A duplicate points to the ticket it duplicates; a ticket lists the tickets merged into it or closed as its duplicates. */
export function DuplicateLinks({ ticket }: { ticket: TicketDetail }) {
  const t = useTranslations("tickets.duplicates");
  if (!ticket.duplicateOf && ticket.merged.length === 0 && ticket.duplicates.length === 0) return null;
  const numbers = (list: { id: string; number: number }[]) => list.map((d) => <Link key={d.id} className={`${link} mr-1`} href={`/tickets/${d.number}`}>#{d.number}</Link>);
  const of = ticket.duplicateOf;
  return (
    <section aria-label={t("label")} className="space-y-1 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="duplicates">
      {of ? (
        <p>
          {t.rich(ticket.closureReason === "MERGED" ? "of.MERGED" : "of.DUPLICATE", {
            number: of.number,
            title: of.title,
            link: (chunks) => <Link className={link} href={`/tickets/${of.number}`}>{chunks}</Link>,
            muted: (chunks) => <span className="text-zinc-600 dark:text-zinc-400">{chunks}</span>,
          })}
        </p>
      ) : null}
      {ticket.merged.length ? (
        <p>
          {t("mergedHere")} {numbers(ticket.merged)}
          <span className="text-zinc-600 dark:text-zinc-400">{t("mergedHereHint")}</span>
        </p>
      ) : null}
      {ticket.duplicates.length ? <p>{t("duplicates")} {numbers(ticket.duplicates)}</p> : null}
    </section>
  );
}
