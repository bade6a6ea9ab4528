import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { matchesLabels, type Labels, type Matcher } from "@/lib/domain/silences/matchers";

/** The open tickets with at least one alert these matchers cover (capped: a storm's worth of alerts). */
export async function coveredOpenTickets(tx: Prisma.TransactionClient, matchers: Matcher[], limit = 20_000): Promise<string[]> {
  const alerts = await tx.alert.findMany({ where: { ticket: { closedAt: null } }, select: { ticketId: true, labels: true }, take: limit });
  return [...new Set(alerts.filter((a) => matchesLabels(matchers, a.labels as Labels)).map((a) => a.ticketId!))];
}
