"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { judgeReportAction } from "@/lib/actions/status";
import type { Judgement } from "@/lib/server/status/judge-report";

type Report = { email: string | null; verifiedAt: Date | null; followsUpdates: boolean; service: string | null };

function Judge({ ticketId, judgement, label, variant = "secondary" }: { ticketId: string; judgement: Judgement; label: string; variant?: "secondary" | "danger" }) {
  return (
    <ActionForm action={judgeReportAction} className="inline-block">
      {({ pending }) => (
        <>
          <input type="hidden" name="ticketId" value={ticketId} />
          <input type="hidden" name="judgement" value={judgement} />
          <Button type="submit" variant={variant} disabled={pending}>{label}</Button>
        </>
      )}
    </ActionForm>
  );
}

/** A visitor's report, unverified until an admin confirms it; spam closes it; the reporter may follow the updates. */
export function ReportJudgement({ ticketId, open, report }: { ticketId: string; open: boolean; report: Report }) {
  const t = useTranslations("status.panel.report");
  return (
    <div className="space-y-2 rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-900" data-testid="public-report">
      <p>
        <span className="font-medium">{t("heading")}</span> · <span data-testid="report-verification">{report.verifiedAt ? t("confirmed") : t("unverified")}</span>
      </p>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{report.service ? t("service", { service: report.service }) : t("noService")}</p>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{report.email ? t("email", { email: report.email }) : t("noEmail")}</p>
      {report.followsUpdates ? <p className="text-xs">{t("following")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {open && !report.verifiedAt ? <Judge ticketId={ticketId} judgement="confirm" label={t("confirm")} /> : null}
        {open ? <Judge ticketId={ticketId} judgement="spam" label={t("spam")} variant="danger" /> : null}
        {report.email ? <Judge ticketId={ticketId} judgement={report.followsUpdates ? "stopUpdates" : "followUpdates"} label={report.followsUpdates ? t("stop") : t("follow")} /> : null}
      </div>
    </div>
  );
}
