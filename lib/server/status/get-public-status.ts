import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseMatcherText, type Labels, type Matcher } from "@/lib/domain/silences/matchers";
import { currentStates, worstOf, type Impact, type LinkedTicket, type PublicStatus, type ServiceState } from "@/lib/domain/status/state";
import { HISTORY_DAYS, incidentSpans, serviceHistory, type History } from "@/lib/domain/status/uptime";
import { getSettings } from "@/lib/server/settings/get-settings";

export type PublicUpdateView = { id: string; status: PublicStatus; message: string; at: Date };
export type PublicIncidentView = { id: string; title: string; impact: Impact; status: PublicStatus; startedAt: Date; resolvedAt: Date | null; services: string[]; updates: PublicUpdateView[] };
export type PublicServiceView = { id: string; name: string; description: string; state: ServiceState; history: History };
export type PublicStatusView = { generatedAt: Date; overall: ServiceState; services: PublicServiceView[]; active: PublicIncidentView[]; recent: PublicIncidentView[]; reportsOpen: boolean };

const matcherSets = (lines: string[]): Matcher[][] => lines.flatMap((line) => {
  const parsed = parseMatcherText(line);
  return parsed.ok ? [parsed.matchers] : [];
});

/**
 * The public status page's read model, for anyone: the services admins defined, their state, the public
 * incidents with the updates admins wrote. Tickets are read for their links and priority only: no title, text,
 * label value, host or person leaves this function (every field is selected by name, and only computed states
 * come out of the tickets).
 */
export async function getPublicStatus(db: Prisma.TransactionClient, now = new Date()): Promise<PublicStatusView> {
  const since = new Date(now.getTime() - HISTORY_DAYS * 86_400_000);
  const [services, incidents, tickets, settings] = await Promise.all([
    db.statusService.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, description: true, categories: true, riskCodes: true, labelMatchers: true, createdAt: true } }),
    db.publicIncident.findMany({
      where: { OR: [{ resolvedAt: null }, { resolvedAt: { gte: since } }] },
      orderBy: { startedAt: "desc" },
      select: {
        id: true, ticketId: true, title: true, impact: true, status: true, startedAt: true, resolvedAt: true,
        services: { select: { serviceId: true } },
        updates: { orderBy: { createdAt: "asc" }, select: { id: true, status: true, impact: true, message: true, createdAt: true } },
      },
    }),
    // A ticket admins spoke about publicly is their word only (lib/domain/status/state.ts), however long ago.
    db.ticket.findMany({
      where: { step: { not: "CLOSURE" }, publicIncident: { is: null } },
      select: { id: true, step: true, signal: true, priority: true, category: true, riskCodes: true, leadLabels: true, affectedServices: true, source: true, publicReport: { select: { verifiedAt: true, serviceId: true } } },
    }),
    getSettings(db),
  ]);

  const linked: LinkedTicket[] = tickets.map((t) => ({
    id: t.id, step: t.step, signal: t.signal, priority: t.priority, category: t.category, riskCodes: t.riskCodes, affectedServices: t.affectedServices, source: t.source,
    leadLabels: (t.leadLabels ?? {}) as Labels,
    verified: t.source !== "PUBLIC" || Boolean(t.publicReport?.verifiedAt),
    reportedServiceId: t.publicReport?.serviceId ?? null,
  }));
  const links = services.map((s) => ({ id: s.id, name: s.name, categories: s.categories, riskCodes: s.riskCodes, labelMatchers: matcherSets(s.labelMatchers) }));
  const stated = incidents.map((i) => ({ ticketId: i.ticketId, impact: i.impact, status: i.status, serviceIds: i.services.map((s) => s.serviceId) }));
  const states = currentStates(links, linked, stated);
  const names = new Map(services.map((s) => [s.id, s.name]));

  const view = (i: (typeof incidents)[number]): PublicIncidentView => ({
    id: i.id, title: i.title, impact: i.impact, status: i.status, startedAt: i.startedAt, resolvedAt: i.resolvedAt,
    services: i.services.flatMap((s) => names.get(s.serviceId) ?? []),
    updates: i.updates.map((u) => ({ id: u.id, status: u.status, message: u.message, at: u.createdAt })).reverse(),
  });
  const serviceViews = services.map((s) => ({
    id: s.id, name: s.name, description: s.description, state: states.get(s.id) ?? "OPERATIONAL",
    history: serviceHistory({ spans: incidents.filter((i) => i.services.some((l) => l.serviceId === s.id)).flatMap((i) => incidentSpans(i.updates)), since: s.createdAt, now }),
  }));
  const active = incidents.filter((i) => i.status !== "RESOLVED").map(view);
  return {
    generatedAt: now,
    overall: worstOf([...serviceViews.map((s) => s.state), ...active.map((i) => i.impact)]),
    services: serviceViews,
    active,
    recent: incidents.filter((i) => i.status === "RESOLVED").map(view),
    reportsOpen: settings.publicReports,
  };
}
