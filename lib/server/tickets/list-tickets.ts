import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/guard";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";
import type { TicketListQuery } from "@/lib/validations/tickets";

const orderBy: Record<TicketListQuery["sort"], Prisma.TicketOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }],
  oldest: [{ createdAt: "asc" }],
  priority: [{ priority: "desc" }, { createdAt: "desc" }],
  updated: [{ updatedAt: "desc" }],
};

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
            { title: { contains: text, mode: "insensitive" as const } },
            { description: { contains: text, mode: "insensitive" as const } },
          ],
        }
      : {}),
  };
}

/** Everyone signed in may read tickets (the SOC watches them day and night). */
export async function listTickets({ actor, query }: { actor: Actor; query: TicketListQuery }) {
  assertRole(actor, ["ADMIN", "TECHNICIAN", "OBSERVER"]);
  const where = whereOf(query, actor);
  const [items, total, byStep] = await Promise.all([
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
    prisma.ticket.count({ where }),
    // Counts per step ignore the step filter, so the tabs show what each step holds.
    prisma.ticket.groupBy({ by: ["step"], where: whereOf(query, actor, false), _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(steps.map((s) => [s, 0])) as Record<Step, number>;
  for (const row of byStep) counts[row.step] = row._count._all;
  return {
    items: items.map(({ _count, ...t }) => ({ ...t, alertCount: _count.alerts })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    counts,
  };
}

export type TicketList = Awaited<ReturnType<typeof listTickets>>;
export type TicketListItem = TicketList["items"][number];
