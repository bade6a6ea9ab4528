import type { Messages } from "@/messages";
import type { Step } from "@/lib/domain/lifecycle/steps";
import type { Category } from "@/lib/domain/alerts/mapping";
import type { DashboardUid } from "@/lib/domain/dashboards";

// What the REX draft and exports say, in the reader's language: built from the message files by
// lib/i18n/rex-words.ts, passed in so that the draft and the Markdown stay pure.
export type RexDocKey = keyof Messages["rex"]["doc"];
export type RexDraftKey = keyof Messages["rex"]["draft"];

export type RexWords = {
  doc: (key: RexDocKey, values?: Record<string, string | number>) => string;
  draft: (key: RexDraftKey, values?: Record<string, string | number>) => string;
  step: (step: Step) => string;
  event: (type: string) => string;
  category: (category: Category | "UNCLASSIFIED") => string;
  dashboard: (uid: DashboardUid) => string;
  /** An instant, in the team's time zone. */
  dateTime: (value: Date | string) => string;
  /** A calendar day kept as UTC midnight (due dates) or an instant's day in the team's time zone. */
  day: (value: Date, calendar?: boolean) => string;
  timeZone: string;
};
