import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { PublicStatus } from "@/lib/domain/status/state";

// Emails to the platform's users who reported a problem, in the language they wrote in. They carry only what
// the public page shows: never a ticket's number, title or text.
const statusPage = (base: string) => `${base}/status`;

export function reportAcknowledgementEmail(base: string, locale: Locale, details: { service: string | null }) {
  const { t } = translatorFor(locale);
  return {
    subject: t("status.emails.acknowledgement.subject"),
    text: [
      t("status.emails.acknowledgement.body"),
      details.service ? t("status.emails.acknowledgement.service", { service: details.service }) : null,
      "",
      t("status.emails.followPage", { url: statusPage(base) }),
    ].filter((l) => l !== null).join("\n"),
  };
}

export function publicUpdateEmail(base: string, locale: Locale, update: { title: string; status: PublicStatus; message: string; at: Date }, timeZone?: string) {
  const { t, formatDateTime } = translatorFor(locale, timeZone);
  const status = t(`status.statuses.${update.status}`);
  return {
    subject: t("status.emails.update.subject", { title: update.title, status }),
    text: [`${status} · ${formatDateTime(update.at)}`, "", update.message, "", t("status.emails.followPage", { url: statusPage(base) })].join("\n"),
  };
}
