import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { canSilenceTicket, can } from "@/lib/domain/permissions";
import { silenceEntries } from "@/lib/domain/silences/entries";
import { formatMatchers, type Matcher } from "@/lib/domain/silences/matchers";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";
import { listSilences } from "./alertmanager-api";
import { silenceMatchersFor } from "./silence-ticket";
import { ticketAlertLabels } from "./ticket-groups";

/**
 * The ticket's silences as Alertmanager holds them (its own, maintenance windows and others covering its
 * alerts), what this person may do, and what a new silence would match. Null without ALERTMANAGER_URL.
 */
export async function getTicketSilences({ actor, ticketId, now = new Date() }: { actor: Actor; ticketId: string; now?: Date }) {
  assertCan(actor, "read");
  const urls = env().ALERTMANAGER_URL;
  if (!urls?.length || !isId(ticketId)) return null;
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { step: true } });
  if (!ticket) return null;
  const [rows, windows, alerts, target, am] = await Promise.all([
    prisma.ticketSilence.findMany({ where: { ticketId }, include: { createdBy: { select: { name: true } } }, orderBy: { createdAt: "desc" }, take: 100 }),
    prisma.maintenanceWindow.findMany({ where: { expiredAt: null, endsAt: { gt: now } }, include: { createdBy: { select: { name: true } } }, take: 200 }),
    ticketAlertLabels(ticketId),
    silenceMatchersFor(ticketId),
    listSilences(urls).then((r) => ({ silences: r.value, error: null }), (error: unknown) => {
      // The English sentence and its values: the page says it in the reader's language.
      if (isAppError(error)) return { silences: null, error: { sentence: error.sentence, values: error.details?.values } };
      throw error;
    }),
  ]);
  const entries = silenceEntries({
    am: am.silences,
    rows: rows.map((r) => ({ ...r, matchers: r.matchers as Matcher[], createdBy: r.createdBy.name })),
    windows: windows.map((w) => ({ ...w, matchers: w.matchers as Matcher[], createdBy: w.createdBy.name })),
    alerts,
    now,
  });
  const mayManage = can(actor, "silences.manage");
  return {
    ticketId,
    entries: entries.map((e) => ({ ...e, canExtend: e.kind === "ticket" && canSilenceTicket(actor, ticket), canExpire: e.kind === "ticket" && mayManage })),
    unreachable: am.error,
    /** Expiries at close that Alertmanager did not take yet: retried in the background. */
    pendingExpiry: rows.filter((r) => !r.expiredAt && r.expiryError && r.endsAt > now).map((r) => ({ silenceId: r.silenceId, error: r.expiryError!, attempts: r.expiryAttempts })),
    canSilence: canSilenceTicket(actor, ticket),
    target: target.ok ? { ok: true as const, matchers: target.groups.map(formatMatchers) } : target,
    clustered: urls.length > 1,
  };
}

export type TicketSilences = NonNullable<Awaited<ReturnType<typeof getTicketSilences>>>;
