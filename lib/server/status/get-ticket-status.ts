import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/domain/permissions";

/** The ticket page's status panel, for admins: the ticket's public incident and updates, the visitor's report. */
export async function getTicketStatus({ actor, ticketId }: { actor: Actor; ticketId: string }) {
  if (!can(actor, "status.manage")) return null;
  const [ticket, services] = await Promise.all([
    prisma.ticket.findUnique({
      where: { id: ticketId },
      select: {
        id: true, source: true, step: true,
        publicIncident: { select: { title: true, status: true, impact: true, startedAt: true, resolvedAt: true, services: { select: { serviceId: true } }, updates: { orderBy: { createdAt: "desc" }, select: { id: true, status: true, impact: true, message: true, createdAt: true } } } },
        publicReport: { select: { email: true, locale: true, verifiedAt: true, followsUpdates: true, service: { select: { name: true } } } },
      },
    }),
    prisma.statusService.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  if (!ticket) return null;
  return { ticketId: ticket.id, source: ticket.source, step: ticket.step, incident: ticket.publicIncident, report: ticket.publicReport, services };
}

export type TicketStatusView = NonNullable<Awaited<ReturnType<typeof getTicketStatus>>>;
