-- Storing alerts stays as fast at 10,000,000 rows as at none (issue 15's "flat"). Measured with npm run bench
-- (VIGIE_BENCH_ONLY=flat, 10,000,000 alerts): the first storm stored 459 alerts/s against 2,613 on an empty database,
-- while its replay (nothing inserted) stayed fast: each new alert wrote one random page of the primary key (random
-- UUIDs) and one of the occurrence key (by fingerprint, a hash) — a page read, dirtied and logged in full after each
-- checkpoint, per alert. New ids are UUIDs v7 (time first, lib/uuid7.ts) and the key starts with startsAt: a storm's
-- new occurrences start now, so both go to the last pages of their B-tree.
CREATE UNIQUE INDEX "Alert_startsAt_fingerprint_key" ON "Alert"("startsAt", "fingerprint");
DROP INDEX "Alert_fingerprint_startsAt_key";

-- The reconciliation reads the firing occurrences at every run (every minute by default): it scanned the whole table.
CREATE INDEX "Alert_firing_idx" ON "Alert"("id") WHERE ((status = 'FIRING'::"AlertStatus") AND (NOT heartbeat));
