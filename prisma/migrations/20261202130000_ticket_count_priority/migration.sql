-- vigie_tickets{step, priority} grouped every ticket at each scrape (a scan of the whole table: at 1,000,000
-- tickets, mostly closed, each scrape of each instance read them all). The triggers' +n/-n rows now carry the
-- priority as well as the step; the list's counts per step sum over priorities as before.

ALTER TABLE "TicketStepCount" ADD COLUMN "priority" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "TicketStepCount" ALTER COLUMN "priority" DROP DEFAULT;

CREATE OR REPLACE FUNCTION "ticket_step_count_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "priority", "delta") SELECT "step", "priority", count(*) FROM new_rows GROUP BY "step", "priority";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "ticket_step_count_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "priority", "delta") SELECT "step", "priority", -count(*) FROM old_rows GROUP BY "step", "priority";
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "ticket_step_count_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "priority", "delta")
  SELECT "step", "priority", sum(d) FROM (SELECT "step", "priority", -1 AS d FROM old_rows UNION ALL SELECT "step", "priority", 1 FROM new_rows) c
  GROUP BY "step", "priority" HAVING sum(d) <> 0;
  RETURN NULL;
END $$;

-- The rows so far had no priority: counted again, with writers held off for the recount.
LOCK TABLE "Ticket" IN SHARE MODE;
DELETE FROM "TicketStepCount";
INSERT INTO "TicketStepCount" ("step", "priority", "delta") SELECT "step", "priority", count(*) FROM "Ticket" GROUP BY "step", "priority";
