-- CreateEnum
CREATE TYPE "TicketStep" AS ENUM ('REGISTRATION', 'CLASSIFICATION', 'TREATMENT', 'SOLUTION', 'VALIDATION', 'REMEDIATION', 'CLOSURE');

-- CreateEnum
CREATE TYPE "TicketSource" AS ENUM ('ALERT', 'MANUAL', 'HEARTBEAT');

-- CreateEnum
CREATE TYPE "Signal" AS ENUM ('FIRING', 'RESOLVED', 'NONE');

-- CreateEnum
CREATE TYPE "Category" AS ENUM ('SERVER', 'SERVICE', 'RESOURCE', 'SECURITY', 'OTHER');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('FIRING', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('USER', 'TOKEN', 'ALERTMANAGER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('API', 'ALERTMANAGER');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'KEPT');

-- CreateTable
CREATE TABLE "Ticket" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "runbookUrl" TEXT,
    "source" "TicketSource" NOT NULL,
    "step" "TicketStep" NOT NULL DEFAULT 'REGISTRATION',
    "stepChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signal" "Signal" NOT NULL DEFAULT 'NONE',
    "flapping" BOOLEAN NOT NULL DEFAULT false,
    "urgency" INTEGER NOT NULL DEFAULT 3,
    "impact" INTEGER,
    "priority" INTEGER NOT NULL DEFAULT 3,
    "category" "Category",
    "riskCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "groupKey" TEXT,
    "openGroupKey" TEXT,
    "previousTicketId" UUID,
    "reporterId" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" UUID NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "status" "AlertStatus" NOT NULL,
    "alertname" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "annotations" JSONB NOT NULL,
    "generatorUrl" TEXT NOT NULL DEFAULT '',
    "heartbeat" BOOLEAN NOT NULL DEFAULT false,
    "ticketId" UUID,
    "firstReceivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReceivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveries" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "groupKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "receiver" TEXT NOT NULL,
    "alertCount" INTEGER NOT NULL,
    "truncatedAlerts" INTEGER NOT NULL DEFAULT 0,
    "payload" JSONB NOT NULL,
    "ticketId" UUID,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookRejection" (
    "reason" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookRejection_pkey" PRIMARY KEY ("reason")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorId" UUID,
    "actorName" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Heartbeat" (
    "name" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3),
    "startedWatchingAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lateSince" TIMESTAMP(3),
    "incidentTicketId" UUID,
    "beats" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Heartbeat_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "role" "Role",
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "to" TEXT[],
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ticketId" UUID,
    "messageId" TEXT NOT NULL,
    "inReplyTo" TEXT,
    "references" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_number_key" ON "Ticket"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_openGroupKey_key" ON "Ticket"("openGroupKey");

-- CreateIndex
CREATE INDEX "Ticket_step_priority_createdAt_idx" ON "Ticket"("step", "priority" DESC, "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Ticket_groupKey_closedAt_idx" ON "Ticket"("groupKey", "closedAt");

-- CreateIndex
CREATE INDEX "Ticket_createdAt_idx" ON "Ticket"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "Ticket_signal_idx" ON "Ticket"("signal");

-- CreateIndex
CREATE INDEX "Alert_ticketId_idx" ON "Alert"("ticketId");

-- CreateIndex
CREATE INDEX "Alert_groupKey_idx" ON "Alert"("groupKey");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_fingerprint_startsAt_key" ON "Alert"("fingerprint", "startsAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_receivedAt_idx" ON "WebhookDelivery"("receivedAt");

-- CreateIndex
CREATE INDEX "TimelineEvent_ticketId_at_idx" ON "TimelineEvent"("ticketId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_messageId_key" ON "OutboxEmail"("messageId");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_previousTicketId_fkey" FOREIGN KEY ("previousTicketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The timeline is never rewritten: refuse UPDATE and DELETE on its rows, whoever asks.
CREATE FUNCTION "timeline_event_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'TimelineEvent rows are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TimelineEvent_immutable"
  BEFORE UPDATE OR DELETE ON "TimelineEvent"
  FOR EACH ROW EXECUTE FUNCTION "timeline_event_immutable"();
