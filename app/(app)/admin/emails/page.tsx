import type { Metadata } from "next";
import Link from "next/link";
import { RetryEmailButton } from "@/components/settings/retry-email-button";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { formatDateTime, formatRelative } from "@/lib/format";
import { listOutbox } from "@/lib/server/mail/list-outbox";

export const metadata: Metadata = { title: "Emails" };

export default async function EmailsPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const { emails, counts, failing, smtpConfigured } = await listOutbox({ actor });
  const now = new Date();
  return (
    <>
      <AutoRefresh everyMs={10_000} />
      <PageHeader
        title="Emails"
        description={`Outbox: ${counts.PENDING} waiting (${failing} failing), ${counts.SENT} sent, ${counts.KEPT} kept unsent. Emails leave after their change is committed, with retries.`}
      />
      {!smtpConfigured ? (
        <div className="mb-4"><Notice tone="info">No SMTP_URL is configured: Vigie keeps its emails here instead of sending them.</Notice></div>
      ) : null}
      <div className="space-y-2" data-testid="outbox">
        {emails.map((e) => (
          <details key={e.id} className="rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-900">
            <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1">
              <span className="font-medium">{e.subject}</span>
              <span className="text-xs text-zinc-500">to {e.to.join(", ")}</span>
              <span className={`text-xs ${e.status === "SENT" ? "text-emerald-700 dark:text-emerald-400" : e.attempts > 0 ? "text-rose-700 dark:text-rose-400" : "text-zinc-500"}`}>
                {e.status === "SENT" ? `sent ${formatRelative(e.sentAt!, now)}` : e.status === "KEPT" ? "kept" : e.attempts > 0 ? `failed ${e.attempts}×, next ${formatRelative(e.nextAttemptAt, now)}` : "waiting"}
              </span>
            </summary>
            <div className="mt-2 space-y-2 text-xs">
              {e.lastError ? <p className="text-rose-700 dark:text-rose-400">Last error: {e.lastError}</p> : null}
              <pre className="whitespace-pre-wrap font-mono text-zinc-700 dark:text-zinc-300">{e.text}</pre>
              <div className="flex items-center gap-3 text-zinc-500">
                <span>queued {formatDateTime(e.createdAt)}</span>
                {e.ticketId ? <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${e.ticketId}`}>ticket</Link> : null}
                {e.status === "PENDING" && e.attempts > 0 ? <RetryEmailButton emailId={e.id} /> : null}
              </div>
            </div>
          </details>
        ))}
        {emails.length === 0 ? <p className="text-zinc-500">No email yet.</p> : null}
      </div>
    </>
  );
}
