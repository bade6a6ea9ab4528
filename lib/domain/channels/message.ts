import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

// What an outgoing webhook posts: Vigie's own JSON document, or { text } for Slack and Mattermost incoming webhooks,
// in the team's language (a channel is read by many: VIGIE_DEFAULT_LOCALE).
export type ChannelFormat = "JSON" | "TEXT";

export type EscalationMessage = {
  event: "escalation.notified";
  at: string;
  tickets: { id: string; number: number; title: string; priority: number; url: string; level: number; round: number; notified: string[] }[];
};

export function messageText(message: EscalationMessage, locale: Locale = "en"): string {
  const { t } = translatorFor(locale);
  const lines = message.tickets.map((ticket) => t("oncall.channels.message.line", {
    number: ticket.number, priority: ticket.priority, title: ticket.title, notified: ticket.notified.join(", ") || t("oncall.channels.message.nobody"), level: ticket.level, round: ticket.round, url: ticket.url,
  }));
  return [message.tickets.length === 1 ? t("oncall.channels.message.single") : t("oncall.channels.message.several", { count: message.tickets.length }), ...lines].join("\n");
}

export function webhookBody(format: ChannelFormat, message: EscalationMessage, locale: Locale = "en"): unknown {
  return format === "TEXT" ? { text: messageText(message, locale) } : message;
}
