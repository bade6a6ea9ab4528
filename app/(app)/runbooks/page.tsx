import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { runbookAnchor, runbooks, type RunbookAlert } from "@/lib/domain/runbooks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("runbooks"))("title") };
}

export default async function RunbooksPage() {
  await requireActor();
  const [t, messages] = await Promise.all([getTranslations("runbooks"), getMessages()]);
  // Runbook texts are shell commands and SQL as much as prose: read as written, never parsed as ICU ({{.State}},
  // quotes); the lists to check and to fix come whole from the messages.
  const text = (alert: RunbookAlert) => messages.runbooks.alerts[alert];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-3xl space-y-4">
        {runbooks.map((r) => (
          <section key={r.alert} id={runbookAnchor(r.alert)} className="scroll-mt-4 rounded-lg border border-zinc-200 bg-white p-4 target:ring-2 target:ring-sky-500 dark:border-zinc-800 dark:bg-zinc-900">
            <h2 className="flex flex-wrap items-baseline gap-2 font-semibold">
              {r.alert}
              <span className="text-xs font-normal text-zinc-500">{t(`groups.${r.group}`)}{"risk" in r ? ` · ${t("risk", { code: r.risk })}` : ""}</span>
            </h2>
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.raw(`alerts.${r.alert}.meaning`) as string}</p>
            <div className="mt-3 grid gap-4 sm:grid-cols-2">
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{t("check")}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-4">{Object.values(text(r.alert).check).map((c) => <li key={c}>{c}</li>)}</ul>
              </div>
              <div>
                <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{t("fix")}</h3>
                <ul className="mt-1 list-disc space-y-1 pl-4">{Object.values(text(r.alert).fix).map((f) => <li key={f}>{f}</li>)}</ul>
              </div>
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
