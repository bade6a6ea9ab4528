import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import { slaState } from "@/lib/domain/sla";
import { groupTickets, groupValue, type TicketGroup } from "@/lib/domain/tickets/grouping";
import { getSettings } from "@/lib/server/settings/get-settings";
import type { TicketListQuery } from "@/lib/validations/tickets";

const orderBy: Record<TicketListQuery["sort"], Prisma.TicketOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }],
  oldest: [{ createdAt: "asc" }],
  priority: [{ priority: "desc" }, { createdAt: "desc" }],
  updated: [{ updatedAt: "desc" }],
};

// Prisma's `contains` becomes ILIKE with the text as written: `%` and `_` would be wildcards. Backslash is
// PostgreSQL's default LIKE escape.
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

function assigneeWhere(assignee: TicketListQuery["assignee"], actor: Actor): Prisma.TicketWhereInput {
  if (!assignee || assignee === "any") return {};
  if (assignee === "me_or_none") return { OR: [{ assigneeId: actor.id }, { assigneeId: null }] };
  return { assigneeId: assignee === "none" ? null : assignee === "me" ? actor.id : assignee };
}

/** The filters of the list's URL as a Prisma condition; `withSteps: false` for the per-step counts. */
export function whereOf(query: TicketListQuery, actor: Actor, withSteps = true): Prisma.TicketWhereInput {
  const text = query.text;
  const number = /^#?\d+$/.test(text) ? Number(text.replace("#", "")) : null;
  const and: Prisma.TicketWhereInput[] = [assigneeWhere(query.assignee, actor)];
  if (text) {
    and.push({
      OR: [
        ...(number !== null && number <= 2_147_483_647 ? [{ number }] : []),
        { title: { contains: likeLiteral(text), mode: "insensitive" as const } },
        { description: { contains: likeLiteral(text), mode: "insensitive" as const } },
      ],
    });
  }
  return {
    ...(withSteps && query.step.length ? { step: { in: query.step } } : withSteps && query.scope === "open" ? { step: { not: "CLOSURE" as const } } : {}),
    ...(query.signal.length ? { signal: { in: query.signal } } : {}),
    ...(query.category.length ? { category: { in: query.category } } : {}),
    ...(query.priority.length ? { priority: { in: query.priority } } : {}),
    ...(query.ack ? { acknowledgedAt: query.ack === "yes" ? { not: null } : null } : {}),
    AND: and,
  };
}

// Counting every match of a broad text search costs a full scan (70 ms on 100,000 tickets);
// past this many matches the counts say "at least", and the page itself stays exact.
export const SEARCH_COUNT_CAP = 1_000;
// Grouping reads the matching tickets' first-alert labels: past this many, the groups say "at least".
export const GROUP_CAP = 5_000;

/** Counts per step ignore the step filter, so the tabs show what each step holds. */
async function countByStep(where: Prisma.TicketWhereInput, textSearch: boolean) {
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  if (!textSearch) {
    const rows = await prisma.ticket.groupBy({ by: ["step"], where, _count: { _all: true } });
    for (const row of rows) counts[row.step] = row._count._all;
    return { counts, capped: false };
  }
  const rows = await prisma.ticket.findMany({ where, select: { step: true }, take: SEARCH_COUNT_CAP + 1 });
  for (const row of rows.slice(0, SEARCH_COUNT_CAP)) counts[row.step]++;
  return { counts, capped: rows.length > SEARCH_COUNT_CAP };
}

const itemSelect = {
  id: true, number: true, title: true, step: true, priority: true, urgency: true, impact: true, category: true,
  signal: true, flapping: true, source: true, riskCodes: true, createdAt: true, updatedAt: true,
  assignedAt: true, solvedAt: true, closedAt: true, closureReason: true, duplicateOfId: true,
  acknowledgedAt: true, version: true,
  acknowledgedBy: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  _count: { select: { alerts: true } },
} satisfies Prisma.TicketSelect;

type LastAlert = { ticketId: string; alertname: string; startsAt: Date; status: string };

/** Each ticket's latest alert occurrence, one index probe per ticket (Alert_ticketId_startsAt_idx). */
async function lastAlerts(ids: string[]): Promise<Map<string, Omit<LastAlert, "ticketId">>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<LastAlert[]>`
    SELECT t."id"::text AS "ticketId", a."alertname", a."startsAt", a."status"::text AS "status"
    FROM unnest(${ids}::uuid[]) AS t("id")
    CROSS JOIN LATERAL (SELECT "alertname", "startsAt", "status" FROM "Alert" WHERE "ticketId" = t."id" ORDER BY "startsAt" DESC LIMIT 1) a`;
  return new Map(rows.map(({ ticketId, ...a }) => [ticketId, a]));
}

/** With `group`: the groups of the whole filtered list, and with `groupValue` one group's page of tickets. */
async function groupedPage(query: TicketListQuery & { group: string }, where: Prisma.TicketWhereInput) {
  const rows = await prisma.ticket.findMany({ where, orderBy: orderBy[query.sort], select: { id: true, leadLabels: true }, take: GROUP_CAP + 1 });
  const kept = rows.slice(0, GROUP_CAP);
  const groups = groupTickets(kept, query.group);
  if (query.groupValue === undefined) return { groups, groupCapped: rows.length > GROUP_CAP, ids: [] as string[], total: kept.length };
  const ids = kept.filter((r) => groupValue(r.leadLabels, query.group) === query.groupValue).map((r) => r.id);
  return { groups, groupCapped: rows.length > GROUP_CAP, ids, total: ids.length };
}

/** Everyone signed in may read tickets (the SOC watches them day and night). */
export async function listTickets({ actor, query, now = new Date() }: { actor: Actor; query: TicketListQuery; now?: Date }) {
  assertCan(actor, "read");
  const where = whereOf(query, actor);
  const skip = (query.page - 1) * query.pageSize;
  const [page, byStep, settings] = await Promise.all([
    query.group
      ? groupedPage({ ...query, group: query.group }, where).then(async (g) => {
          const pageIds = g.ids.slice(skip, skip + query.pageSize);
          const found = pageIds.length ? await prisma.ticket.findMany({ where: { id: { in: pageIds } }, select: itemSelect }) : [];
          const byId = new Map(found.map((t) => [t.id, t]));
          return { ...g, items: pageIds.flatMap((id) => byId.get(id) ?? []) };
        })
      : prisma.ticket.findMany({ where, orderBy: orderBy[query.sort], skip, take: query.pageSize, select: itemSelect }).then((items) => ({ items, groups: null, groupCapped: false, total: null })),
    countByStep(whereOf(query, actor, false), query.text !== ""),
    getSettings(prisma),
  ]);
  const { counts, capped } = byStep;
  const last = await lastAlerts(page.items.map((t) => t.id));
  // The total is the step counts the filter keeps: one counting query instead of two.
  let total = 0;
  for (const step of query.step.length ? query.step : query.scope === "open" ? steps.filter((s) => s !== "CLOSURE") : steps) total += counts[step];
  return {
    items: page.items.map(({ _count, ...t }) => ({
      ...t,
      alertCount: _count.alerts,
      lastAlert: last.get(t.id) ?? null,
      sla: slaState(t, settings.slaTargets, now),
    })),
    total: page.total ?? total,
    /** True when a text search matched more than SEARCH_COUNT_CAP tickets: the counts are then lower bounds. */
    capped,
    page: query.page,
    pageSize: query.pageSize,
    counts,
    /** With `group`: every group of the filtered list with its count (collapsed: no tickets unless `groupValue`). */
    groups: page.groups as TicketGroup[] | null,
    /** True when more than GROUP_CAP tickets matched: the groups count the first GROUP_CAP. */
    groupCapped: page.groupCapped,
  };
}

export type TicketList = Awaited<ReturnType<typeof listTickets>>;
export type TicketListItem = TicketList["items"][number];
