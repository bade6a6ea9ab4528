import { useFormatter, useTranslations } from "next-intl";
import { Table } from "@/components/ui/table";
import type { TicketDetail } from "@/lib/server/tickets/get-ticket";

const hiddenLabels = new Set(["alertname"]);

export function AlertsTable({ alerts }: { alerts: TicketDetail["alerts"] }) {
  const t = useTranslations("tickets.alerts");
  const format = useFormatter();
  const when = (d: Date | string) => format.dateTime(new Date(d), { dateStyle: "medium", timeStyle: "medium" });
  if (alerts.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">{t("none")}</p>;
  return (
    <Table head={[t("alert"), t("labels"), t("started"), t("ended"), t("source")]} testId="alert-rows">
      {alerts.map((a) => {
        const labels = Object.entries(a.labels as Record<string, string>).filter(([k]) => !hiddenLabels.has(k));
        return (
          <tr key={a.id} data-status={a.status}>
            <td className="px-3 py-2 align-top">
              <div className="flex items-center gap-1.5 font-medium">
                <span className={`h-2 w-2 rounded-full ${a.status === "FIRING" ? "bg-rose-500" : "bg-emerald-500"}`} aria-hidden />
                {a.alertname}
              </div>
              <div className="text-zinc-600 dark:text-zinc-400">{t(a.status === "FIRING" ? "status.FIRING" : "status.RESOLVED", { deliveries: a.deliveries })}</div>
            </td>
            <td className="px-3 py-2 align-top">
              <div className="flex max-w-xl flex-wrap gap-1">
                {labels.map(([k, v]) => (
                  <code key={k} className="break-all rounded bg-zinc-100 px-1 py-0.5 font-mono text-[11px] dark:bg-zinc-800">{k}={v}</code>
                ))}
              </div>
            </td>
            <td className="whitespace-nowrap px-3 py-2 align-top">{when(a.startsAt)}</td>
            <td className="whitespace-nowrap px-3 py-2 align-top">{a.endsAt ? when(a.endsAt) : "—"}</td>
            <td className="px-3 py-2 align-top">
              {/^https?:\/\//.test(a.generatorUrl) ? (
                <a href={a.generatorUrl} target="_blank" rel="noreferrer" className="text-sky-700 underline dark:text-sky-400">Prometheus</a>
              ) : "—"}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
