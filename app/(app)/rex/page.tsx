import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { listRexes } from "@/lib/server/rex/list-rexes";

export const metadata: Metadata = { title: "REX" };

export default async function RexListPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requireActor();
  const { q = "" } = await searchParams;
  const rexes = await listRexes({ actor, text: q });
  return (
    <>
      <PageHeader
        title="REX"
        description="Post-incident reports: what happened, the weak point, what was done, what to do so it does not come back."
        actions={can(actor, "rex.write") ? <Link href="/rex/new" className={buttonClass("secondary")}>Write one from scratch</Link> : undefined}
      />
      <form className="mb-4" role="search">
        <input type="search" name="q" defaultValue={q} aria-label="Search the REX" placeholder="Search: pg_hba, failover, R3…" className={`${inputClass} max-w-sm`} />
      </form>
      <ul className="space-y-2" data-testid="rex-list">
        {rexes.map((r) => (
          <li key={r.id} className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
            <Link href={`/rex/${r.id}`} className="font-medium hover:underline">{r.title}</Link>
            <div className="mt-1 flex flex-wrap gap-3 text-xs text-zinc-500">
              <span className={r.status === "DRAFT" ? "text-amber-700 dark:text-amber-400" : ""}>{r.status === "DRAFT" ? "draft" : `published ${formatDateTime(r.publishedAt)}`}</span>
              {r.ticket ? <span>ticket #{r.ticket.number}</span> : null}
              {r.riskCodes.length ? <span className="font-mono">{r.riskCodes.join(" ")}</span> : null}
              {r.author ? <span>{r.author.name}</span> : null}
            </div>
            {r.weakPoint ? <p className="mt-1 text-zinc-600 dark:text-zinc-400">Weak point: {r.weakPoint}</p> : null}
          </li>
        ))}
        {rexes.length === 0 ? <li className="text-zinc-500">No REX{q ? " matches this search" : " yet"}.</li> : null}
      </ul>
    </>
  );
}
