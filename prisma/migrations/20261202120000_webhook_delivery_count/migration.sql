-- vigie_webhook_deliveries_accepted_total counted every stored delivery at each scrape (a table that grows by a
-- Watchdog delivery a minute: 430 ms at 550,000 rows, each recent body read for its "vigieSource" key). A
-- statement trigger appends the count of each insert instead; the step-count job folds the rows.

-- CreateTable
CREATE TABLE "WebhookDeliveryCount" (
    "id" BIGSERIAL NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "WebhookDeliveryCount_pkey" PRIMARY KEY ("id")
);

-- Deliveries reconciliation built carry "vigieSource": "reconciliation" (counted by vigie_reconciled_alerts_total).
CREATE FUNCTION "webhook_delivery_count_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "WebhookDeliveryCount" ("delta")
  SELECT count(*) FROM new_rows WHERE "payload"->>'vigieSource' IS DISTINCT FROM 'reconciliation' HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER "WebhookDelivery_count_insert" AFTER INSERT ON "WebhookDelivery" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "webhook_delivery_count_insert"();

INSERT INTO "WebhookDeliveryCount" ("delta")
SELECT count(*) FROM "WebhookDelivery" WHERE "payload"->>'vigieSource' IS DISTINCT FROM 'reconciliation' HAVING count(*) > 0;
