"use client";

import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { expireSilenceAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { translateSentence } from "@/lib/i18n/sentences";
import type { TicketSilences as Data } from "@/lib/server/silences/get-ticket-silences";
import { ExtendSilenceForm, SilenceTicketForm } from "./silence-form";

/** The ticket's silences in Alertmanager and their expiry; silence, extend and expire for those who may. */
export function TicketSilences({ data }: { data: Data }) {
  const t = useTranslations("silences");
  const format = useFormatter();
  const locale = useLocale();
  const now = useNow({ updateInterval: 60_000 });
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="silences" className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900" data-testid="silences">
      <h2 id="silences" className="font-medium">{t("title")}</h2>
      {data.unreachable ? <Notice tone="warning">{translateSentence(data.unreachable.sentence, locale, data.unreachable.values)}</Notice> : null}
      <ul className="space-y-2">
        {data.entries.map((s) => (
          <li key={s.silenceId} data-silence-id={s.silenceId} data-kind={s.kind} data-state={s.state} className="space-y-0.5 border-b border-zinc-100 pb-2 last:border-0 dark:border-zinc-800">
            <div className="font-medium">{t(`kind.${s.kind}`)} · {t(`state.${s.state}`)}</div>
            {s.state === "pending" ? <div>{t("starts", { date: when(s.startsAt) })}</div> : null}
            <div>{t.rich("entry.ends", { date: when(s.endsAt), relative: format.relativeTime(new Date(s.endsAt), now), time: (chunks) => <time dateTime={s.endsAt}>{chunks}</time> })}</div>
            <div className="break-all font-mono text-zinc-600 dark:text-zinc-400">{s.matchers}</div>
            {s.kind !== "ticket" && s.comment ? <div className="text-zinc-600 dark:text-zinc-400">{s.comment}</div> : null}
            <div className="text-zinc-500">{s.kind !== "ticket" ? t("covers", { name: s.createdBy, count: s.covered }) : t("by", { name: s.createdBy })}</div>
            <div className="flex flex-wrap items-center gap-1">
              {s.canExtend && s.rowId ? <ExtendSilenceForm ticketSilenceId={s.rowId} /> : null}
              {s.canExpire && s.rowId ? (
                <ActionForm action={expireSilenceAction} showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="ticketSilenceId" value={s.rowId!} />
                      <Button type="submit" variant="ghost" disabled={pending}>{t("expireNow")}</Button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </div>
          </li>
        ))}
        {data.entries.length === 0 ? <li className="text-zinc-500">{t("noneActive")}</li> : null}
      </ul>
      {data.pendingExpiry.map((p) => (
        <Notice key={p.silenceId} tone="warning">{t("pendingExpiry", { silenceId: p.silenceId })}</Notice>
      ))}
      {data.canSilence && data.target.ok ? (
        <>
          <SilenceTicketForm ticketId={data.ticketId} />
          <p className="break-all text-zinc-500">{t.rich("entry.matches", { matchers: format.list(data.target.matchers), code: (chunks) => <span className="font-mono">{chunks}</span> })}</p>
        </>
      ) : null}
      {data.canSilence && !data.target.ok ? <p className="text-zinc-500">{translateSentence(data.target.reason, locale, data.target.values)}</p> : null}
      {data.clustered ? <p className="text-zinc-500">{t("clustered")}</p> : null}
    </section>
  );
}
