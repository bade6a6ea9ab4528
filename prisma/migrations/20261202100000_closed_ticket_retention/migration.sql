-- AlterTable
ALTER TABLE "Risk" ADD COLUMN     "incidentsDeleted" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RetentionState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "bodiesRunAt" TIMESTAMP(3),
    "bodiesPruned" INTEGER NOT NULL DEFAULT 0,
    "bodiesPrunedTotal" BIGINT NOT NULL DEFAULT 0,
    "ticketsRunAt" TIMESTAMP(3),
    "ticketsDeleted" INTEGER NOT NULL DEFAULT 0,
    "ticketsDeletedTotal" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "RetentionState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ticket_previousTicketId_idx" ON "Ticket"("previousTicketId");

-- CreateIndex
CREATE INDEX "OutboxEmail_ticketId_idx" ON "OutboxEmail"("ticketId");

-- CreateIndex
CREATE INDEX "DigestItem_ticketId_idx" ON "DigestItem"("ticketId");

-- The timeline is still never rewritten; the one exception is retention (issue 15) deleting the timeline of a
-- closed ticket it deletes, in a transaction that says so with SET LOCAL vigie.retention = 'on'.
CREATE OR REPLACE FUNCTION "timeline_event_immutable"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('vigie.retention', true) = 'on'
     AND EXISTS (SELECT 1 FROM "Ticket" WHERE "id" = OLD."ticketId" AND "step" = 'CLOSURE'::"TicketStep") THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'TimelineEvent rows are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
