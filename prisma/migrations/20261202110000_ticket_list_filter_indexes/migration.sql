-- The list's per-step counts under a filter (count-by-step.ts: each step counted up to a cap) read these
-- instead of the table: the step and every filter column in one small index (deduplicated: a few MB for a
-- million tickets), so a count is one index range without heap access, and a step holding no match (no
-- FIRING ticket among the closed ones) answers at once instead of scanning its whole range of the table.
-- The acknowledged / not yet acknowledged halves are partial copies, for `ack=` alone or with other filters.

-- CreateIndex
CREATE INDEX "Ticket_step_filters_idx" ON "Ticket"("step", "signal", "category", "priority", "assigneeId");

-- CreateIndex
CREATE INDEX "Ticket_step_filters_unacknowledged_idx" ON "Ticket"("step", "signal", "category", "priority", "assigneeId") WHERE ("acknowledgedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Ticket_step_filters_acknowledged_idx" ON "Ticket"("step", "signal", "category", "priority", "assigneeId") WHERE ("acknowledgedAt" IS NOT NULL);
