-- Acknowledge, closure as a duplicate or by merge, the list's grouping labels, saved views (issue 13, part A).
CREATE TYPE "ClosureReason" AS ENUM ('RESOLVED', 'DUPLICATE', 'MERGED');

ALTER TABLE "Ticket" ADD COLUMN "closureReason" "ClosureReason",
ADD COLUMN "duplicateOfId" UUID,
ADD COLUMN "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN "acknowledgedById" UUID,
ADD COLUMN "leadLabels" JSONB NOT NULL DEFAULT '{}';

-- Tickets closed before: through the steps.
UPDATE "Ticket" SET "closureReason" = 'RESOLVED' WHERE "step" = 'CLOSURE';
-- The labels of each alert ticket's first alert.
UPDATE "Ticket" t SET "leadLabels" = a."labels"
FROM (SELECT DISTINCT ON ("ticketId") "ticketId", "labels" FROM "Alert" WHERE "ticketId" IS NOT NULL ORDER BY "ticketId", "startsAt", "firstReceivedAt") a
WHERE a."ticketId" = t."id";

CREATE INDEX "Ticket_duplicateOfId_idx" ON "Ticket"("duplicateOfId");
CREATE INDEX "Alert_ticketId_startsAt_idx" ON "Alert"("ticketId", "startsAt" DESC);

ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
