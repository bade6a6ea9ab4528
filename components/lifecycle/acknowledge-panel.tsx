"use client";

import { acknowledgeAction, takeAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { formatDateTime, formatRelative } from "@/lib/format";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";

/** Who said "I'm on it" and when; the button to say it; "Take it" for a technician when the team allows it. */
export function AcknowledgePanel({ workspace }: { workspace: TicketWorkspace }) {
  const { ticket } = workspace;
  if (!ticket.acknowledgedAt && !workspace.canAcknowledge && !workspace.canTake) return null;
  return (
    <section aria-label="Acknowledgement" className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="acknowledgement">
      {ticket.acknowledgedAt ? (
        <p>
          <span className="font-medium">Acknowledged</span> by {ticket.acknowledgedBy?.name ?? "a former user"}{" "}
          <span className="text-zinc-500" title={formatDateTime(ticket.acknowledgedAt)}>{formatRelative(ticket.acknowledgedAt)}</span>
        </p>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">Nobody has acknowledged this ticket yet.</p>
      )}
      <div className="ml-auto flex gap-2">
        {workspace.canAcknowledge ? (
          <ActionForm action={acknowledgeAction} showSuccess={false}>
            {({ pending }) => (
              <>
                <input type="hidden" name="ticketId" value={ticket.id} />
                <Button type="submit" disabled={pending}>{pending ? "Saving…" : "I'm on it"}</Button>
              </>
            )}
          </ActionForm>
        ) : null}
        {workspace.canTake ? (
          <ActionForm action={takeAction} showSuccess={false}>
            {({ pending }) => (
              <>
                <input type="hidden" name="ticketId" value={ticket.id} />
                <input type="hidden" name="version" value={ticket.version} />
                <Button type="submit" variant="secondary" disabled={pending}>{pending ? "Saving…" : "Take it"}</Button>
              </>
            )}
          </ActionForm>
        ) : null}
      </div>
    </section>
  );
}
