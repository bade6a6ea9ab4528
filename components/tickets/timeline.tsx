import { useFormatter, useTranslations } from "next-intl";
import { eventLabel, shownType } from "@/lib/domain/timeline";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";
import { eventDetail, eventName } from "./timeline-detail";

const actorKinds = ["USER", "TOKEN", "ALERTMANAGER", "SYSTEM"] as const;

/** The ticket's history, oldest first: immutable, written with each change; merged tickets' events are marked. */
export function Timeline({ events }: { events: TicketDetail["events"] }) {
  const t = useTranslations();
  const format = useFormatter();
  const when = (value: string | Date) => format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "medium" });
  return (
    <ol className="relative space-y-3 border-l border-zinc-200 pl-4 dark:border-zinc-800" data-testid="timeline">
      {events.map((e) => {
        const data = (e.data ?? {}) as Record<string, unknown>;
        const type = shownType(e.type, data);
        const extra = eventDetail(type, data, { t, when });
        const kind = actorKinds.find((k) => k === e.actorKind);
        return (
          <li key={e.id} data-type={e.type} data-from-ticket={e.fromTicket ?? undefined} className="relative">
            <span className="absolute -left-[21px] top-1.5 h-2 w-2 rounded-full bg-zinc-400 dark:bg-zinc-600" aria-hidden />
            <div className="break-words text-sm">{eventName(type, t, eventLabel)}{extra ? <span className="text-zinc-600 dark:text-zinc-400"> · {extra}</span> : null}</div>
            <div className="text-xs text-zinc-600 dark:text-zinc-400">
              {when(e.at)} · {e.actorName ?? (kind ? t(`tickets.timeline.actor.${kind}`) : e.actorKind)}
              {e.fromTicket ? <span className="ml-1 rounded bg-zinc-200/70 px-1 font-mono dark:bg-zinc-800" title={t("tickets.timeline.fromTicketHint")}>{t("tickets.timeline.fromTicket", { number: e.fromTicket })}</span> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
