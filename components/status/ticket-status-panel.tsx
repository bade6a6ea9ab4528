import { getFormatter, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/guard";
import { getTicketStatus } from "@/lib/server/status/get-ticket-status";
import { PublicUpdateForm } from "./public-update-form";
import { ReportJudgement } from "./report-judgement";

/** On the ticket page, for admins: what the status page says about this ticket, and the visitor's report. */
export async function TicketStatusPanel({ ticketId }: { ticketId: string }) {
  const status = await getTicketStatus({ actor: await requireActor(), ticketId });
  if (!status) return null;
  const t = await getTranslations("status.panel");
  const ts = await getTranslations("status");
  const format = await getFormatter();
  const { incident, report } = status;
  return (
    <section aria-labelledby="public-status" className="space-y-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="status-panel">
      <h2 id="public-status" className="font-medium">{t("title")}</h2>
      {report ? <ReportJudgement ticketId={status.ticketId} open={status.step !== "CLOSURE"} report={{ ...report, service: report.service?.name ?? null }} /> : null}
      {incident ? (
        <div className="space-y-2">
          <p className="text-sm">
            <span className="font-medium">{incident.title}</span>
            <span className="text-zinc-500"> · {t("stated", { status: ts(`statuses.${incident.status}`), impact: ts(`states.${incident.impact}`) })}</span>
          </p>
          <ol className="space-y-1 text-sm" aria-label={t("updates")}>
            {incident.updates.map((u) => (
              <li key={u.id}>
                <span className="text-zinc-500">{format.dateTime(u.createdAt, { dateStyle: "short", timeStyle: "short" })} · {ts(`statuses.${u.status}`)}:</span> {u.message}
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="text-xs text-zinc-500">{t("notDeclared")}</p>
      )}
      {status.services.length === 0 ? (
        <p className="text-xs text-zinc-500">{t("noServices")}</p>
      ) : (
        <PublicUpdateForm
          ticketId={status.ticketId}
          services={status.services}
          current={incident ? { status: incident.status, impact: incident.impact, serviceIds: incident.services.map((s) => s.serviceId) } : null}
        />
      )}
    </section>
  );
}
