import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
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

function whereOf(query: TicketListQuery, actor: Actor, withSteps = true): Prisma.TicketWhereInput {
  const text = query.text;
  const number = /^#?\d+$/.test(text) ? Number(text.replace("#", "")) : null;
  return {
    ...(withSteps && query.step.length ? { step: { in: query.step } } : {}),
    ...(query.signal.length ? { signal: { in: query.signal } } : {}),
    ...(query.category.length ? { category: { in: query.category } } : {}),
    ...(query.priority.length ? { priority: { in: query.priority } } : {}),
    ...(query.assignee ? { assigneeId: query.assignee === "none" ? null : query.assignee === "me" ? actor.id : query.assignee } : {}),
    ...(text
      ? {
          OR: [
            ...(number !== null && number <= 2_147_483_647 ? [{ number }] : []),
            { title: { contains: likeLiteral(text), mode: "insensitive" as const } },
            { description: { contains: likeLiteral(text), mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
}

// Counting every match of a broad text search costs a full scan (70 ms on 100,000 tickets);
// past this many matches the counts say "at least", and the page itself stays exact.
export const SEARCH_COUNT_CAP = 1_000;

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

/** Everyone signed in may read tickets (the SOC watches them day and night). */
export async function listTickets({ actor, query }: { actor: Actor; query: TicketListQuery }) {
  assertCan(actor, "read");
  const where = whereOf(query, actor);
  const [items, byStep] = await Promise.all([
    prisma.ticket.findMany({
      where,
      orderBy: orderBy[query.sort],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true, number: true, title: true, step: true, priority: true, urgency: true, impact: true, category: true,
        signal: true, flapping: true, source: true, riskCodes: true, createdAt: true, updatedAt: true,
        assignee: { select: { id: true, name: true } },
        _count: { select: { alerts: true } },
      },
    }),
    countByStep(whereOf(query, actor, false), query.text !== ""),
  ]);
  const { counts, capped } = byStep;
  // The total is the step counts the step filter keeps: one counting query instead of two.
  let total = 0;
  for (const step of query.step.length ? query.step : steps) total += counts[step];
  return {
    items: items.map(({ _count, ...t }) => ({ ...t, alertCount: _count.alerts })),
    total,
    /** True when a text search matched more than SEARCH_COUNT_CAP tickets: the counts are then lower bounds. */
    capped,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

export type TicketList = Awaited<ReturnType<typeof listTickets>>;
export type TicketListItem = TicketList["items"][number];
