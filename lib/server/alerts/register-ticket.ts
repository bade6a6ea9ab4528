import type { Sql } from "@/lib/db/sql";
import { classifyAlerts, descriptionFor, runbookFor, titleFor } from "@/lib/domain/alerts/mapping";
import type { WebhookAlert } from "@/lib/domain/alerts/payload";
import { priorityOf } from "@/lib/domain/priority";

/** What a new alert ticket takes from its firing alerts: the lead's title, description and runbook, their classification. */
function fieldsOf(firing: WebhookAlert[]) {
  const lead = firing[0]!;
  const { urgency, category, riskCodes } = classifyAlerts(firing);
  return { title: titleFor(lead), description: descriptionFor(lead), runbookUrl: runbookFor(lead), urgency, priority: priorityOf(urgency, null), category, riskCodes };
}

export type RegisteredTicket = { id: string; fields: ReturnType<typeof fieldsOf> };

/**
 * Registers the group's new ticket BEFORE its occurrences are stored, so that they go in already given to it (stored
 * unassigned then updated, each was written twice: 5 ms of PostgreSQL a delivery of 100 alerts). Its new-incident
 * notice is written in the same statement, for notify() to place once the delivery commits. `firing`: the
 * delivery's new firing alerts as planned; fitTicket corrects the ticket if the claim took some of them away.
 */
export async function registerTicket(sql: Sql, { firing, groupKey, previousTicketId, now }: { firing: WebhookAlert[]; groupKey: string; previousTicketId: string | null; now: Date }): Promise<RegisteredTicket> {
  const fields = fieldsOf(firing);
  // Timestamps from this clock, as Prisma's defaults were.
  const created = new Date().toISOString();
  const [ticket] = await sql.query<{ id: string }>(
    `WITH ticket AS (
       INSERT INTO "Ticket" ("id", "title", "description", "runbookUrl", "source", "urgency", "priority", "category", "riskCodes",
                             "groupKey", "openGroupKey", "leadLabels", "signal", "previousTicketId", "stepChangedAt", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, 'ALERT', $4, $5, $6::"Category", $7::text[], $8, $8, $9::jsonb, 'FIRING', $10::uuid,
               $11::timestamp(3), $11::timestamp(3), $11::timestamp(3))
       RETURNING "id"
     ), notice AS (
       INSERT INTO "IncidentNotice" ("id", "ticketId", "createdAt") SELECT gen_random_uuid(), "id", $12::timestamp(3) FROM ticket
     )
     SELECT "id" FROM ticket`,
    [fields.title, fields.description, fields.runbookUrl, fields.urgency, fields.priority, fields.category, fields.riskCodes, groupKey,
     JSON.stringify(firing[0]!.labels), previousTicketId, created, now.toISOString()],
  );
  return { id: ticket!.id, fields };
}

/**
 * After the claim: another group's concurrent delivery (routes with `continue: true`) may have stored some of the
 * planned occurrences first. If the lead or the classification changed, the ticket takes the alerts it kept.
 */
export async function fitTicket(sql: Sql, ticket: RegisteredTicket, firing: WebhookAlert[]): Promise<void> {
  const fields = fieldsOf(firing);
  if (JSON.stringify(fields) === JSON.stringify(ticket.fields)) return;
  await sql.query(
    `UPDATE "Ticket" SET "title" = $2, "description" = $3, "runbookUrl" = $4, "urgency" = $5, "priority" = $6, "category" = $7::"Category",
            "riskCodes" = $8::text[], "leadLabels" = $9::jsonb
     WHERE "id" = $1::uuid`,
    [ticket.id, fields.title, fields.description, fields.runbookUrl, fields.urgency, fields.priority, fields.category, fields.riskCodes, JSON.stringify(firing[0]!.labels)],
  );
}

/**
 * The claim left the ticket nothing that fires (all of it stored first by another group's delivery): it was never
 * an incident. Its stored occurrences (resolved ones, if any) stay unassigned, as without a ticket; the ticket and
 * its notice go, before any event was written. Its number is not reused: a gap in the numbering, in this race only.
 */
export async function withdrawTicket(sql: Sql, ticketId: string, claimedIds: string[]): Promise<void> {
  if (claimedIds.length > 0) await sql.query(`UPDATE "Alert" SET "ticketId" = NULL WHERE "id" = ANY($1::uuid[])`, [claimedIds]);
  await sql.query(
    `WITH notice AS (DELETE FROM "IncidentNotice" WHERE "ticketId" = $1::uuid) DELETE FROM "Ticket" WHERE "id" = $1::uuid`,
    [ticketId],
  );
}
