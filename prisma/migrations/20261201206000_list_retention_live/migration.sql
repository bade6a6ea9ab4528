-- DropIndex
DROP INDEX "Ticket_createdAt_idx";

-- DropIndex
DROP INDEX "Ticket_step_createdAt_idx";

-- DropIndex
DROP INDEX "Ticket_step_priority_createdAt_idx";

-- AlterTable
ALTER TABLE "WebhookDelivery" ADD COLUMN     "bodyPrunedAt" TIMESTAMP(3),
ADD COLUMN     "heartbeat" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "WebhookRejectionDay" (
    "day" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WebhookRejectionDay_pkey" PRIMARY KEY ("day","reason")
);

-- CreateTable
CREATE TABLE "TicketStepCount" (
    "id" BIGSERIAL NOT NULL,
    "step" "TicketStep" NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "TicketStepCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ticket_step_priority_createdAt_id_idx" ON "Ticket"("step", "priority" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_createdAt_id_idx" ON "Ticket"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_updatedAt_id_idx" ON "Ticket"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_priority_createdAt_id_idx" ON "Ticket"("priority" DESC, "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_step_createdAt_id_idx" ON "Ticket"("step", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Ticket_open_createdAt_idx" ON "Ticket"("createdAt" DESC, "id" DESC) WHERE (step <> 'CLOSURE'::"TicketStep");

-- CreateIndex
CREATE INDEX "Ticket_open_priority_idx" ON "Ticket"("priority" DESC, "createdAt" DESC, "id" DESC) WHERE (step <> 'CLOSURE'::"TicketStep");

-- CreateIndex
CREATE INDEX "Ticket_open_updatedAt_idx" ON "Ticket"("updatedAt" DESC, "id" DESC) WHERE (step <> 'CLOSURE'::"TicketStep");

-- CreateIndex
CREATE INDEX "WebhookDelivery_body_kept_idx" ON "WebhookDelivery"("receivedAt") WHERE ("bodyPrunedAt" IS NULL);

-- Tickets per step without counting the table (the list's tabs at a million tickets): statement triggers
-- append one +n/-n row per step a statement touched; the step-count job folds the rows per step.
CREATE FUNCTION "ticket_step_count_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "delta") SELECT "step", count(*) FROM new_rows GROUP BY "step";
  RETURN NULL;
END $$;

CREATE FUNCTION "ticket_step_count_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "delta") SELECT "step", -count(*) FROM old_rows GROUP BY "step";
  RETURN NULL;
END $$;

CREATE FUNCTION "ticket_step_count_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketStepCount" ("step", "delta")
  SELECT "step", sum(d) FROM (SELECT "step", -1 AS d FROM old_rows UNION ALL SELECT "step", 1 FROM new_rows) c
  GROUP BY "step" HAVING sum(d) <> 0;
  RETURN NULL;
END $$;

CREATE FUNCTION "ticket_step_count_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "TicketStepCount";
  RETURN NULL;
END $$;

CREATE TRIGGER "Ticket_step_count_insert" AFTER INSERT ON "Ticket" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_step_count_insert"();
CREATE TRIGGER "Ticket_step_count_delete" AFTER DELETE ON "Ticket" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_step_count_delete"();
CREATE TRIGGER "Ticket_step_count_update" AFTER UPDATE ON "Ticket" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_step_count_update"();
CREATE TRIGGER "Ticket_step_count_truncate" AFTER TRUNCATE ON "Ticket" FOR EACH STATEMENT EXECUTE FUNCTION "ticket_step_count_truncate"();

INSERT INTO "TicketStepCount" ("step", "delta") SELECT "step", count(*) FROM "Ticket" GROUP BY "step";

-- Live updates: every committed change of a ticket, its timeline or its follow-ups is announced on the
-- channel vigie_changes (delivered at commit, to every instance's listener). The payload names the tickets,
-- or "*" past 50 (NOTIFY payloads are limited to 8000 bytes): {"tickets":["<uuid>",…]} or {"tickets":"*"}.
CREATE FUNCTION "vigie_notify_changes"(ids text[]) RETURNS void LANGUAGE sql AS $$
  SELECT pg_notify('vigie_changes', CASE WHEN cardinality(ids) > 50 THEN '{"tickets":"*"}' ELSE json_build_object('tickets', ids)::text END)
  WHERE ids IS NOT NULL
$$;

CREATE FUNCTION "ticket_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "vigie_notify_changes"((SELECT array_agg(x) FROM (SELECT DISTINCT "id"::text AS x FROM new_rows LIMIT 51) s));
  RETURN NULL;
END $$;

CREATE FUNCTION "ticket_child_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "vigie_notify_changes"((SELECT array_agg(x) FROM (SELECT DISTINCT "ticketId"::text AS x FROM new_rows LIMIT 51) s));
  RETURN NULL;
END $$;

CREATE TRIGGER "Ticket_notify_insert" AFTER INSERT ON "Ticket" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_notify"();
CREATE TRIGGER "Ticket_notify_update" AFTER UPDATE ON "Ticket" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_notify"();
CREATE TRIGGER "TimelineEvent_notify" AFTER INSERT ON "TimelineEvent" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_child_notify"();
CREATE TRIGGER "FollowUp_notify_insert" AFTER INSERT ON "FollowUp" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_child_notify"();
CREATE TRIGGER "FollowUp_notify_update" AFTER UPDATE ON "FollowUp" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_child_notify"();
