-- Alerts of a delivery set aside because PostgreSQL cannot hold them (dates outside 0001–9999), with the reason;
-- the rest of the delivery is stored and the raw body keeps everything.
ALTER TABLE "WebhookDelivery" ADD COLUMN "rejectedAlerts" JSONB NOT NULL DEFAULT '[]';
