import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertAllowed, assertCan } from "@/lib/auth/guard";
import { canSilenceTicket } from "@/lib/domain/permissions";
import { checkMatchers, formatMatchers, groupMatchers, type Matcher } from "@/lib/domain/silences/matchers";
import { silenceDurations, ticketSilenceBody, type SilenceDuration } from "@/lib/domain/silences/requests";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { isId } from "@/lib/validations/ids";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { alertmanagerUrls, expireQuietly, postSilence } from "./alertmanager-api";
import { MAX_GROUPS, ticketGroups } from "./ticket-groups";

/** The matchers of each of the ticket's alert groups, or why they cannot be silenced. */
export async function silenceMatchersFor(ticketId: string): Promise<{ ok: true; groups: Matcher[][] } | { ok: false; reason: string; values?: Record<string, number> }> {
  const groups = await ticketGroups(ticketId);
  if (groups.length === 0) return { ok: false, reason: sentence("This ticket has no alert group to silence: it was reported by hand. Plan a maintenance window with matchers instead.") };
  if (groups.length > MAX_GROUPS) return { ok: false, reason: sentence("This ticket holds more than {max} alert groups: plan a maintenance window with matchers instead."), values: { max: MAX_GROUPS } };
  if (groups.some((g) => g.heartbeat)) return { ok: false, reason: sentence("The heartbeat is never silenced: without it, Vigie would believe the alerting pipeline stopped.") };
  const matchers = groups.map((g) => groupMatchers(g.labels));
  if (matchers.some((m) => !checkMatchers(m).ok)) return { ok: false, reason: sentence("This ticket's alert group has no group labels (group_by: []): plan a maintenance window with matchers instead.") };
  return { ok: true, groups: matchers };
}

/**
 * Silences the ticket's alert groups in Alertmanager from now for the chosen duration. Alertmanager first: if it
 * does not answer, nothing is stored; if storing fails, the silences just created are expired again.
 */
export async function silenceTicket({ actor, ticketId, duration, now = new Date() }: { actor: Actor; ticketId: string; duration: SilenceDuration; now?: Date }) {
  assertCan(actor, "silences.manage");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Silences are created by people: the comment names who.");
  if (!isId(ticketId)) throw new AppError("NOT_FOUND", "No such ticket.");
  const ticket = await prisma.ticket.findUnique({ where: { id: ticketId }, select: { id: true, number: true, title: true, step: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
  assertAllowed(canSilenceTicket(actor, ticket), sentence("A closed ticket is not silenced: closing it expired its silences."));
  const found = await silenceMatchersFor(ticketId);
  if (!found.ok) throw new AppError("INVALID_INPUT", found.reason, { values: found.values });
  const urls = alertmanagerUrls();

  const created: { url: string; silenceId: string; matchers: Matcher[]; startsAt: Date; endsAt: Date }[] = [];
  try {
    for (const matchers of found.groups) {
      const body = ticketSilenceBody({ ticket, matchers, person: actor, baseUrl: publicUrl(), now, durationMs: silenceDurations[duration].ms });
      const { url, silenceId } = await postSilence(body, urls);
      created.push({ url, silenceId, matchers, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) });
    }
    return await prisma.$transaction(async (tx) => {
      const rows = [];
      for (const c of created) {
        rows.push(await tx.ticketSilence.create({
          data: { ticketId, silenceId: c.silenceId, alertmanagerUrl: c.url, matchers: c.matchers, startsAt: c.startsAt, endsAt: c.endsAt, createdById: actor.id },
        }));
      }
      await recordEvents(tx, eventActor(actor), created.map((c) => ({
        ticketId, type: "silence.created" as const, at: now,
        data: { silenceId: c.silenceId, matchers: formatMatchers(c.matchers), endsAt: c.endsAt.toISOString(), alertmanagerUrl: c.url },
      })));
      return rows;
    });
  } catch (error) {
    await expireQuietly(created);
    throw error;
  }
}
