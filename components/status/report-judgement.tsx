"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { judgeReportAction } from "@/lib/actions/status";
import type { Judgement } from "@/lib/server/status/judge-report";

function Judge({ judgement, label, pending, variant = "secondary" }: { judgement: Judgement; label: string; pending: boolean; variant?: "secondary" | "danger" }) {
  return <Button type="submit" name="judgement" value={judgement} variant={variant} disabled={pending}>{label}</Button>;
}

type Report = { email: string | null; verifiedAt: Date | null; followsUpdates: boolean; service: string | null };

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
      {/* One form, the judgement from the button pressed: its confirmation stays in sight when that button goes. */}
      <ActionForm action={judgeReportAction} className="space-y-2">
        {({ pending }) => (
          <div className="flex flex-wrap gap-2">
            <input type="hidden" name="ticketId" value={ticketId} />
            {open && !report.verifiedAt ? <Judge judgement="confirm" label={t("confirm")} pending={pending} /> : null}
            {open ? <Judge judgement="spam" label={t("spam")} pending={pending} variant="danger" /> : null}
            {report.email ? <Judge judgement={report.followsUpdates ? "stopUpdates" : "followUpdates"} label={report.followsUpdates ? t("stop") : t("follow")} pending={pending} /> : null}
          </div>
        )}
      </ActionForm>
    </div>
  );
}
