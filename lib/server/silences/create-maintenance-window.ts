import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { formatMatchers, parseMatcherText } from "@/lib/domain/silences/matchers";
import { checkMaintenanceTimes, maintenanceBody } from "@/lib/domain/silences/requests";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { alertmanagerUrls, expireQuietly, postSilence } from "./alertmanager-api";
import { coveredOpenTickets } from "./covered-open-tickets";

export type MaintenanceInput = { matchers: string; reason: string; startsAt: Date; endsAt: Date };

/**
 * A silence planned ahead for given matchers, with a reason. Alertmanager first (nothing stored if it does not
 * answer); the open tickets it covers get a timeline event, later ones show it from Alertmanager's silences.
 */
export async function createMaintenanceWindow({ actor, input, now = new Date() }: { actor: Actor; input: MaintenanceInput; now?: Date }) {
  assertCan(actor, "silences.manage");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Maintenance windows are planned by people: the comment names who.");
  const parsed = parseMatcherText(input.matchers);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.sentence, { values: parsed.values, fieldErrors: { matchers: [parsed.sentence] } });
  const timeError = checkMaintenanceTimes(input.startsAt, input.endsAt, now);
  if (timeError) throw new AppError("INVALID_INPUT", timeError, { fieldErrors: { endsAt: [timeError] } });

  const body = maintenanceBody({ matchers: parsed.matchers, reason: input.reason, startsAt: input.startsAt, endsAt: input.endsAt, person: actor, baseUrl: publicUrl() });
  const { url, silenceId } = await postSilence(body, alertmanagerUrls(), sentence("Alertmanager did not answer ({problems}). No maintenance window was planned."));
  try {
    return await prisma.$transaction(async (tx) => {
      const window = await tx.maintenanceWindow.create({
        data: { silenceId, alertmanagerUrl: url, matchers: parsed.matchers, reason: input.reason, startsAt: input.startsAt, endsAt: input.endsAt, createdById: actor.id },
      });
      const data = { silenceId, maintenance: true, reason: input.reason, matchers: formatMatchers(parsed.matchers), startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() };
      const tickets = await coveredOpenTickets(tx, parsed.matchers);
      await recordEvents(tx, eventActor(actor), tickets.map((ticketId) => ({ ticketId, type: "silence.created" as const, at: now, data })));
      return { window, coveredTickets: tickets.length };
    });
  } catch (error) {
    await expireQuietly([{ url, silenceId }]);
    throw error;
  }
}
