import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { publicUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/locales";
import { publicUpdateEmail } from "@/lib/mail/status-emails";
import { enqueueEmail } from "@/lib/server/mail/enqueue-email";
import { getSettings } from "@/lib/server/settings/get-settings";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import type { PublicUpdateInput } from "@/lib/validations/status";
import { bumpStatusVersion, forgetCachedStatus } from "./status-cache";

/**
 * An admin tells the platform's users about a ticket: the first update declares it (a public title and the
 * services it affects), later ones move it on (investigating → identified → monitoring → resolved) and may change
 * its impact. The words are the admin's, never the ticket's. Reporters who follow the updates (an admin's choice,
 * on their report) are emailed each one, one email each, in their language.
 */
export async function postPublicUpdate({ actor, input, now = new Date() }: { actor: Actor; input: PublicUpdateInput; now?: Date }) {
  assertCan(actor, "status.manage");
  const result = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${input.ticketId}::uuid FOR UPDATE`;
    const ticket = await tx.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true, publicIncident: { select: { id: true, title: true } } } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    const services = input.serviceIds.length ? await tx.statusService.findMany({ where: { id: { in: input.serviceIds } }, select: { id: true } }) : [];
    const resolvedAt = input.status === "RESOLVED" ? now : null;
    let incident = ticket.publicIncident;
    if (!incident) {
      if (!input.title) throw new AppError("INVALID_INPUT", "Give the incident a public title.", { fieldErrors: { title: ["A title the platform's users understand."] } });
      if (services.length === 0) throw new AppError("INVALID_INPUT", "Choose the services it affects.", { fieldErrors: { serviceIds: ["At least one service."] } });
      incident = await tx.publicIncident.create({
        data: { ticketId: ticket.id, title: input.title, impact: input.impact, status: input.status, startedAt: now, resolvedAt, services: { create: services.map((s) => ({ serviceId: s.id })) } },
        select: { id: true, title: true },
      });
    } else {
      incident = await tx.publicIncident.update({
        where: { id: incident.id },
        data: {
          impact: input.impact, status: input.status, resolvedAt, ...(input.title ? { title: input.title } : {}),
          ...(services.length ? { services: { deleteMany: {}, create: services.map((s) => ({ serviceId: s.id })) } } : {}),
        },
        select: { id: true, title: true },
      });
    }
    const declared = !ticket.publicIncident;
    await tx.publicUpdate.create({ data: { incidentId: incident.id, status: input.status, impact: input.impact, message: input.message, authorId: actor.id, createdAt: now } });
    await recordEvents(tx, eventActor(actor), [{ ticketId: ticket.id, type: declared ? "public.declared" : "public.updated", at: now, data: { status: input.status, impact: input.impact } }]);

    // This ticket's reporters, and those of the reports closed as its duplicates or merged into it.
    const followers = await tx.publicReport.findMany({
      where: { followsUpdates: true, email: { not: null }, OR: [{ ticketId: ticket.id }, { ticket: { duplicateOfId: ticket.id } }] },
      select: { email: true, locale: true },
    });
    const { timeZone } = await getSettings(tx);
    for (const { email, locale } of followers) {
      const draft = publicUpdateEmail(publicUrl(), isLocale(locale) ? locale : "en", { title: incident.title, status: input.status, message: input.message, at: now }, timeZone);
      await enqueueEmail(tx, { kind: "report.public_update", to: [email!], ticketId: null, ...draft });
    }
    await bumpStatusVersion(tx);
    return { incidentId: incident.id, declared, emailed: followers.length };
  });
  forgetCachedStatus();
  return result;
}
