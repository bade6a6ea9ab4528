import type { Locale } from "@/lib/i18n/locales";
import enShell from "./en/shell.json";
import frShell from "./fr/shell.json";
import enCommon from "./en/common.json";
import frCommon from "./fr/common.json";
import enAuth from "./en/auth.json";
import frAuth from "./fr/auth.json";
import enAccount from "./en/account.json";
import frAccount from "./fr/account.json";
import enAdmin from "./en/admin.json";
import frAdmin from "./fr/admin.json";
import enTickets from "./en/tickets.json";
import frTickets from "./fr/tickets.json";
import enLifecycle from "./en/lifecycle.json";
import frLifecycle from "./fr/lifecycle.json";
import enSilences from "./en/silences.json";
import frSilences from "./fr/silences.json";
import enRisks from "./en/risks.json";
import frRisks from "./fr/risks.json";
import enRex from "./en/rex.json";
import frRex from "./fr/rex.json";
import enPlan from "./en/plan.json";
import frPlan from "./fr/plan.json";
import enMetrics from "./en/metrics.json";
import frMetrics from "./fr/metrics.json";
import enDashboards from "./en/dashboards.json";
import frDashboards from "./fr/dashboards.json";
import enRunbooks from "./en/runbooks.json";
import frRunbooks from "./fr/runbooks.json";
import enOncall from "./en/oncall.json";
import frOncall from "./fr/oncall.json";
import enEmails from "./en/emails.json";
import frEmails from "./fr/emails.json";
import enStatus from "./en/status.json";
import frStatus from "./fr/status.json";

// Every message, by language. One JSON file per area, under messages/<locale>/: translators edit those files;
// a test keeps the two languages' keys identical, and every key used (test/i18n/messages.test.ts). Each file has
// one top-level key, its area's name: `useTranslations("tickets")`, `getTranslations("admin")`.
export const messages = {
  en: { ...enShell, ...enCommon, ...enAuth, ...enAccount, ...enAdmin, ...enTickets, ...enLifecycle, ...enSilences, ...enRisks, ...enRex, ...enPlan, ...enMetrics, ...enDashboards, ...enRunbooks, ...enOncall, ...enEmails, ...enStatus },
  fr: { ...frShell, ...frCommon, ...frAuth, ...frAccount, ...frAdmin, ...frTickets, ...frLifecycle, ...frSilences, ...frRisks, ...frRex, ...frPlan, ...frMetrics, ...frDashboards, ...frRunbooks, ...frOncall, ...frEmails, ...frStatus },
} satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof messages)["en"];
