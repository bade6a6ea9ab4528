import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/shell/forbidden";
import { compactInputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { cellClass, Table } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { securityEventLabel, securityEventTypes } from "@/lib/domain/security-events";
import { formatDateTime } from "@/lib/format";
import { listSecurityEvents } from "@/lib/server/security/list-security-events";
import { securityLogQuerySchema } from "@/lib/validations/security-log";

export const metadata: Metadata = { title: "Security log" };

const detail = (data: unknown) => {
  const entries = data && typeof data === "object" ? Object.entries(data as Record<string, unknown>) : [];
  return entries.map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(" · ");
};

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const params = await searchParams;
  const query = securityLogQuerySchema.parse(params);
  const { events, next } = await listSecurityEvents({ actor, query });
  return (
    <>
      <PageHeader title="Security log" description="Sign-ins, sign-outs, two-factor changes, roles and access, tokens and settings: who, when, from where. Kept as written; nobody can edit it." />
      <form className="mb-4 flex flex-wrap items-end gap-2 text-sm" method="get">
        <label className="flex flex-col gap-1 text-xs font-medium">
          Event
          <select name="type" defaultValue={params.type ?? ""} className={compactInputClass}>
            <option value="">All</option>
            {Object.entries(securityEventTypes).map(([type, label]) => <option key={type} value={type}>{label}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">
          Person, account or address
          <input name="who" defaultValue={params.who ?? ""} className={compactInputClass} />
        </label>
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700">Filter</button>
      </form>
      <Table head={["When", "Event", "Account or object", "By", "From", "Details"]} testId="security-events" empty={events.length === 0 ? "Nothing recorded for these filters." : undefined}>
        {events.map((e) => (
          <tr key={e.id}>
            <td className={`${cellClass} whitespace-nowrap`}>{formatDateTime(e.at)}</td>
            <td className={cellClass}>{securityEventLabel(e.type)}</td>
            <td className={cellClass}>{e.subject}</td>
            <td className={cellClass}>{e.actorName || "—"}</td>
            <td className={`${cellClass} font-mono`}>{e.address || "—"}</td>
            <td className={`${cellClass} text-zinc-600 dark:text-zinc-400`}>{detail(e.data)}</td>
          </tr>
        ))}
      </Table>
      {next ? (
        <p className="mt-3 text-sm">
          <Link className="text-sky-700 underline dark:text-sky-400" href={`/admin/security?${new URLSearchParams({ ...(params.type ? { type: params.type } : {}), ...(params.who ? { who: params.who } : {}), before: next })}`}>Older entries</Link>
        </p>
      ) : null}
    </>
  );
}
