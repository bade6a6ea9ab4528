import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Forbidden } from "@/components/shell/forbidden";
import { compactInputClass } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { cellClass, Table } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { isSecurityEventType, securityEventKey, securityEventTypes } from "@/lib/domain/security-events";
import { listSecurityEvents } from "@/lib/server/security/list-security-events";
import { securityLogQuerySchema } from "@/lib/validations/security-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("security.title") };
}

// The details are the event's own data (keys and values as recorded): shown as written, in no language.
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
  const [{ events, next }, t, format] = await Promise.all([listSecurityEvents({ actor, query }), getTranslations("admin"), getFormatter()]);
  // A type no longer written (an older row) is shown as it was recorded.
  const label = (type: string) => (isSecurityEventType(type) ? t(`security.events.${securityEventKey(type)}`) : type);
  return (
    <>
      <PageHeader title={t("security.title")} description={t("security.description")} />
      <form className="mb-4 flex flex-wrap items-end gap-2 text-sm" method="get">
        <label className="flex max-w-full flex-col gap-1 text-xs font-medium">
          {t("security.event")}
          <select name="type" defaultValue={params.type ?? ""} className={`${compactInputClass} max-w-full`}>
            <option value="">{t("security.all")}</option>
            {securityEventTypes.map((type) => <option key={type} value={type}>{label(type)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs font-medium">
          {t("security.who")}
          <input name="who" defaultValue={params.who ?? ""} className={compactInputClass} />
        </label>
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700">{t("security.filter")}</button>
      </form>
      <Table
        head={[t("security.head.when"), t("security.head.event"), t("security.head.subject"), t("security.head.by"), t("security.head.from"), t("security.head.details")]}
        testId="security-events"
        empty={events.length === 0 ? t("security.empty") : undefined}
      >
        {events.map((e) => (
          <tr key={e.id}>
            <td className={`${cellClass} whitespace-nowrap`}>{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
            <td className={cellClass}>{label(e.type)}</td>
            <td className={cellClass}>{e.subject}</td>
            <td className={cellClass}>{e.actorName || "—"}</td>
            <td className={`${cellClass} font-mono`}>{e.address || "—"}</td>
            <td className={`${cellClass} text-zinc-600 dark:text-zinc-400`}>{detail(e.data)}</td>
          </tr>
        ))}
      </Table>
      {next ? (
        <p className="mt-3 text-sm">
          <Link className="text-sky-700 underline dark:text-sky-400" href={`/admin/security?${new URLSearchParams({ ...(params.type ? { type: params.type } : {}), ...(params.who ? { who: params.who } : {}), before: next })}`}>{t("security.older")}</Link>
        </p>
      ) : null}
    </>
  );
}
