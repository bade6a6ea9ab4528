-- Trigram matching for the ticket search (ships with PostgreSQL's contrib modules).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Ticket_step_createdAt_idx" ON "Ticket"("step", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Ticket_title_trgm_idx" ON "Ticket" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Ticket_description_trgm_idx" ON "Ticket" USING GIN ("description" gin_trgm_ops);
