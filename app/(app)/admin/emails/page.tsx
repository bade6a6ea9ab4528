import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { RetryEmailButton } from "@/components/settings/retry-email-button";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listOutbox } from "@/lib/server/mail/list-outbox";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("emails.title") };
}

export default async function EmailsPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const [{ emails, counts, failing, smtpConfigured }, t, format] = await Promise.all([listOutbox({ actor }), getTranslations("admin"), getFormatter()]);
  const now = new Date();
  return (
    <>
      <AutoRefresh everyMs={10_000} />
      <PageHeader
        title={t("emails.title")}
        description={t("emails.description", { pending: counts.PENDING, failing, sent: counts.SENT, kept: counts.KEPT })}
      />
      {!smtpConfigured ? (
        <div className="mb-4"><Notice tone="info">{t("emails.noSmtp")}</Notice></div>
      ) : null}
      <div className="space-y-2" data-testid="outbox">
        {emails.map((e) => (
          <details key={e.id} className="rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
            <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1">
              <span className="font-medium">{e.subject}</span>
              <span className="text-xs text-zinc-500">{t("emails.to", { list: e.to.join(", ") })}</span>
              <span className={`text-xs ${e.status === "SENT" ? "text-emerald-700 dark:text-emerald-400" : e.attempts > 0 ? "text-rose-700 dark:text-rose-400" : "text-zinc-500"}`}>
                {e.status === "SENT" ? t("emails.sent", { when: format.relativeTime(e.sentAt!, now) }) : e.status === "KEPT" ? t("emails.kept") : e.attempts > 0 ? t("emails.failed", { attempts: e.attempts, when: format.relativeTime(e.nextAttemptAt, now) }) : t("emails.waiting")}
              </span>
            </summary>
            <div className="mt-2 space-y-2 text-xs">
              {e.lastError ? <p className="text-rose-700 dark:text-rose-400">{t("emails.lastError", { error: e.lastError })}</p> : null}
              <pre className="whitespace-pre-wrap font-mono text-zinc-700 dark:text-zinc-300">{e.text}</pre>
              <div className="flex items-center gap-3 text-zinc-500">
                <span>{t("emails.queued", { date: format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" }) })}</span>
                {e.ticketId ? <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${e.ticketId}`}>{t("ticket")}</Link> : null}
                {e.status === "PENDING" && e.attempts > 0 ? <RetryEmailButton emailId={e.id} /> : null}
              </div>
            </div>
          </details>
        ))}
        {emails.length === 0 ? <p className="text-zinc-500">{t("emails.none")}</p> : null}
      </div>
    </>
  );
}
