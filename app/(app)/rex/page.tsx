import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listRexes } from "@/lib/server/rex/list-rexes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rex"))("title") };
}

export default async function RexListPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor();
  const { q = "" } = await searchParams;
  const [rexes, t, format] = await Promise.all([listRexes({ actor, text: q }), getTranslations("rex"), getFormatter()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor, "rex.write") ? <Link href="/rex/new" className={buttonClass("secondary")}>{t("writeFromScratch")}</Link> : undefined}
      />
      <form className="mb-4" role="search">
        <input type="search" name="q" defaultValue={q} aria-label={t("search")} placeholder={t("searchPlaceholder")} className={`${inputClass} max-w-sm`} />
      </form>
      <ul className="space-y-2" data-testid="rex-list">
        {rexes.map((r) => (
          <li key={r.id} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
            <Link href={`/rex/${r.id}`} className="font-medium hover:underline">{r.title}</Link>
            <div className="mt-1 flex flex-wrap gap-3 text-xs text-zinc-500">
              <span className={r.status === "DRAFT" ? "text-amber-700 dark:text-amber-400" : ""}>
                {r.status === "DRAFT" || !r.publishedAt ? t("list.draft") : t("list.published", { date: format.dateTime(r.publishedAt, { dateStyle: "medium" }) })}
              </span>
              {r.ticket ? <span>{t("list.ticket", { number: r.ticket.number })}</span> : null}
              {r.riskCodes.length ? <span className="font-mono">{r.riskCodes.join(" ")}</span> : null}
              {r.author ? <span>{r.author.name}</span> : null}
            </div>
            {r.weakPoint ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">{t("list.weakPoint", { text: r.weakPoint })}</p> : null}
          </li>
        ))}
        {rexes.length === 0 ? <li className="text-zinc-500">{q ? t("list.noMatch") : t("list.none")}</li> : null}
      </ul>
    </>
  );
}
