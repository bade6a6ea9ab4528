import { sentence } from "@/lib/i18n/sentences";
import { matchesLabels, toApiMatchers, type ApiMatcher, type Labels, type Matcher } from "./matchers";

// The bodies Vigie posts to Alertmanager's `POST /api/v2/silences`, built from the ticket and the person.
export type SilenceBody = { id?: string; matchers: ApiMatcher[]; startsAt: string; endsAt: string; createdBy: string; comment: string };

/** What Alertmanager answers for a silence (`GET /api/v2/silences`, `GET /api/v2/silence/{id}`). */
export type ApiSilence = SilenceBody & { id: string; status: { state: "active" | "pending" | "expired" }; updatedAt?: string };

const HOUR = 3_600_000;
/** The durations offered on a ticket, for a new silence and for an extension. */
export const silenceDurations = {
  "30m": { ms: HOUR / 2, label: "30 min" },
  "1h": { ms: HOUR, label: "1 h" },
  "2h": { ms: 2 * HOUR, label: "2 h" },
  "4h": { ms: 4 * HOUR, label: "4 h" },
  "8h": { ms: 8 * HOUR, label: "8 h" },
  "24h": { ms: 24 * HOUR, label: "24 h" },
} as const;
export type SilenceDuration = keyof typeof silenceDurations;
export const defaultSilenceDuration: SilenceDuration = "2h";
/** A maintenance window is planned at most this far ahead and lasts at most this long. */
export const maintenanceLimits = { aheadMs: 365 * 24 * HOUR, lengthMs: 14 * 24 * HOUR };

export type Person = { name: string; email: string };
export const createdBy = (person: Person) => `${person.name} <${person.email}>`;

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A silence of the ticket's alert group from now on: its link and the person in the comment. */
export function ticketSilenceBody(options: {
  ticket: { id: string; number: number; title: string };
  matchers: Matcher[];
  person: Person;
  baseUrl: string;
  now: Date;
  durationMs: number;
}): SilenceBody {
  const { ticket, now } = options;
  return {
    matchers: toApiMatchers(options.matchers),
    startsAt: now.toISOString(),
    endsAt: new Date(now.getTime() + options.durationMs).toISOString(),
    createdBy: createdBy(options.person),
    comment: `Vigie ticket #${ticket.number}: ${short(ticket.title, 200)} ${options.baseUrl}/tickets/${ticket.id}`,
  };
}

export function maintenanceBody(options: { matchers: Matcher[]; reason: string; startsAt: Date; endsAt: Date; person: Person; baseUrl: string }): SilenceBody {
  return {
    matchers: toApiMatchers(options.matchers),
    startsAt: options.startsAt.toISOString(),
    endsAt: options.endsAt.toISOString(),
    createdBy: createdBy(options.person),
    comment: `Maintenance window: ${short(options.reason, 500)} (planned in Vigie: ${options.baseUrl}/plan)`,
  };
}

/** Checked before asking Alertmanager, so the person reads why in Vigie's words. */
export function checkMaintenanceTimes(startsAt: Date, endsAt: Date, now: Date): string | null {
  if (endsAt.getTime() <= startsAt.getTime()) return sentence("The end must come after the start.");
  if (endsAt.getTime() <= now.getTime()) return sentence("The end is already past.");
  if (startsAt.getTime() - now.getTime() > maintenanceLimits.aheadMs) return sentence("Plan a maintenance window at most a year ahead.");
  if (endsAt.getTime() - startsAt.getTime() > maintenanceLimits.lengthMs) return sentence("A maintenance window lasts at most 14 days.");
  return null;
}

/** An extension adds the duration to the silence's end, or to now if it has ended meanwhile. */
export function extendedEnd(currentEnd: Date, now: Date, durationMs: number): Date {
  return new Date(Math.max(currentEnd.getTime(), now.getTime()) + durationMs);
}

/**
 * The update Alertmanager makes in place (silence.go canUpdate): same id, same matchers in the same order,
 * the same startsAt it reports, a later endsAt. Anything else would expire it and create another.
 */
export function extensionBody(current: ApiSilence, endsAt: Date): SilenceBody {
  const { id, matchers, startsAt, createdBy: by, comment } = current;
  return { id, matchers, startsAt, endsAt: endsAt.toISOString(), createdBy: by, comment };
}

/** How many of a ticket's alerts a silence's matchers cover. */
export function coveredAlerts(matchers: Matcher[], alerts: Labels[]): number {
  return alerts.filter((labels) => matchesLabels(matchers, labels)).length;
}
