import Link from "next/link";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

const link = "text-sky-700 underline dark:text-sky-400";

/** A duplicate points to the ticket it duplicates; a ticket lists the tickets merged into it or closed as its duplicates. */
export function DuplicateLinks({ ticket }: { ticket: TicketDetail }) {
  if (!ticket.duplicateOf && ticket.merged.length === 0 && ticket.duplicates.length === 0) return null;
  return (
    <section aria-label="Duplicates" className="space-y-1 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="duplicates">
      {ticket.duplicateOf ? (
        <p>
          {ticket.closureReason === "MERGED" ? "Merged into" : "Closed as a duplicate of"}{" "}
          <Link className={link} href={`/tickets/${ticket.duplicateOf.id}`}>#{ticket.duplicateOf.number} {ticket.duplicateOf.title}</Link>
          {ticket.closureReason === "MERGED" ? <span className="text-zinc-500"> — its alerts and timeline are there.</span> : null}
        </p>
      ) : null}
      {ticket.merged.length ? (
        <p>
          Merged here:{" "}
          {ticket.merged.map((t) => <Link key={t.id} className={`${link} mr-1`} href={`/tickets/${t.id}`}>#{t.number}</Link>)}
          <span className="text-zinc-500">— their alerts moved here; their events are in the timeline, marked with their number.</span>
        </p>
      ) : null}
      {ticket.duplicates.length ? (
        <p>
          Duplicates: {ticket.duplicates.map((t) => <Link key={t.id} className={`${link} mr-1`} href={`/tickets/${t.id}`}>#{t.number}</Link>)}
        </p>
      ) : null}
    </section>
  );
}
