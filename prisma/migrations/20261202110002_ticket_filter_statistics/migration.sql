-- What PostgreSQL cannot guess from one column at a time: closed tickets are never FIRING, and the open ones
-- are the few recent ones. Without these, it plans `step = 'CLOSURE' AND signal = 'FIRING'` as 1/3 of a
-- million rows and scans the table to find the first of none (300 ms), or sorts 3,000 open FIRING tickets it
-- took for 30 instead of reading the open tickets' index in order. Prisma's schema cannot say these (no
-- counterpart in schema.prisma); ANALYZE (autovacuum) fills them.
CREATE STATISTICS "Ticket_step_signal_stats" (mcv) ON "step", "signal" FROM "Ticket";
CREATE STATISTICS "Ticket_step_unacknowledged_stats" (mcv) ON "step", ("acknowledgedAt" IS NULL) FROM "Ticket";
CREATE STATISTICS "Ticket_step_unassigned_stats" (mcv) ON "step", ("assigneeId" IS NULL) FROM "Ticket";
