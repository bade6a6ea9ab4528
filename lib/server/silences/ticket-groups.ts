import "server-only";
import { prisma } from "@/lib/db/prisma";
import { groupLabelsFromKey } from "@/lib/domain/silences/group-labels";
import type { Labels } from "@/lib/domain/silences/matchers";

export type TicketGroup = { groupKey: string; labels: Labels; heartbeat: boolean };

/** A merged ticket may hold several groups; a silence per group beyond this is a maintenance window's job. */
export const MAX_GROUPS = 10;

/**
 * The alert groups of a ticket and their group labels (usually one; a merge can bring more). Read from the
 * ticket's alerts; a groupKey shortened for storage falls back to the last delivery of that group.
 */
export async function ticketGroups(ticketId: string): Promise<TicketGroup[]> {
  const rows = await prisma.$queryRaw<{ groupKey: string; labels: Labels; heartbeat: boolean }[]>`
    SELECT DISTINCT ON ("groupKey") "groupKey", "labels", "heartbeat" FROM "Alert"
    WHERE "ticketId" = ${ticketId}::uuid ORDER BY "groupKey", "lastReceivedAt" DESC LIMIT ${MAX_GROUPS + 1}`;
  const groups: TicketGroup[] = [];
  for (const row of rows) {
    let labels = groupLabelsFromKey(row.groupKey, row.labels);
    if (!labels) {
      const delivery = await prisma.webhookDelivery.findFirst({ where: { groupKey: row.groupKey, ticketId }, orderBy: { receivedAt: "desc" }, select: { payload: true } });
      labels = ((delivery?.payload as { groupLabels?: Labels } | undefined)?.groupLabels ?? null);
    }
    if (labels) groups.push({ groupKey: row.groupKey, labels, heartbeat: row.heartbeat });
  }
  return groups;
}

/** The labels of a ticket's alerts, to see which silences cover it. */
export async function ticketAlertLabels(ticketId: string, limit = 1_000): Promise<Labels[]> {
  const alerts = await prisma.alert.findMany({ where: { ticketId }, select: { labels: true }, orderBy: { lastReceivedAt: "desc" }, take: limit });
  return alerts.map((a) => a.labels as Labels);
}
