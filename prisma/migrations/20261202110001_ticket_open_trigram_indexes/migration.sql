-- A text search's counts of the open steps (count-by-step.ts) read the open tickets' trigrams only: a few
-- thousand rows of a million, where the whole table's indexes hold a 200,000-entry posting list for a common
-- word. pg_trgm was created by 20261126160624_ticket_search_indexes.

-- CreateIndex
CREATE INDEX "Ticket_open_title_trgm_idx" ON "Ticket" USING GIN ("title" gin_trgm_ops) WHERE (step <> 'CLOSURE'::"TicketStep");

-- CreateIndex
CREATE INDEX "Ticket_open_description_trgm_idx" ON "Ticket" USING GIN ("description" gin_trgm_ops) WHERE (step <> 'CLOSURE'::"TicketStep");
