"use client";

import { useFormatter, useNow, useTranslations } from "next-intl";
import { acknowledgeAction, takeAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";

/** Who said "I'm on it" and when; the button to say it; "Take it" for a technician when the team allows it. */
export function AcknowledgePanel({ workspace }: { workspace: TicketWorkspace }) {
  const t = useTranslations("tickets.ack");
  const format = useFormatter();
  const now = useNow({ updateInterval: 10_000 });
  const { ticket } = workspace;
  if (!ticket.acknowledgedAt && !workspace.canAcknowledge && !workspace.canTake) return null;
  return (
    <section aria-label={t("label")} className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="acknowledgement">
      {ticket.acknowledgedAt ? (
        <p>
          {t.rich("by", { name: ticket.acknowledgedBy?.name ?? t("formerUser"), b: (chunks) => <span className="font-medium">{chunks}</span> })}{" "}
          <span className="text-zinc-600 dark:text-zinc-400" title={format.dateTime(new Date(ticket.acknowledgedAt), { dateStyle: "medium", timeStyle: "short" })}>
            {format.relativeTime(new Date(ticket.acknowledgedAt), now)}
          </span>
        </p>
      ) : (
        <p className="text-zinc-600 dark:text-zinc-400">{t("nobody")}</p>
      )}
      <div className="flex gap-2 sm:ml-auto">
        {workspace.canAcknowledge ? (
          <ActionForm action={acknowledgeAction} showSuccess={false}>
            {({ pending }) => (
              <>
                <input type="hidden" name="ticketId" value={ticket.id} />
                <Button type="submit" disabled={pending}>{pending ? t("saving") : t("onIt")}</Button>
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
                <Button type="submit" variant="secondary" disabled={pending}>{pending ? t("saving") : t("take")}</Button>
              </>
            )}
          </ActionForm>
        ) : null}
      </div>
    </section>
  );
}
