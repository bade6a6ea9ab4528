-- Emails that do not flood, on-call and escalation, outgoing webhooks (issue 13, part B).
CREATE TYPE "ChannelKind" AS ENUM ('WEBHOOK');
CREATE TYPE "ChannelFormat" AS ENUM ('JSON', 'TEXT');
CREATE TYPE "WebhookStatus" AS ENUM ('PENDING', 'SENT', 'DROPPED');

CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "modes" JSONB NOT NULL DEFAULT '{}',
    "lastSentAt" TIMESTAMP(3),
    "digestDueAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);
CREATE INDEX "NotificationPreference_digestDueAt_idx" ON "NotificationPreference"("digestDueAt");
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "DigestItem" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "ticketId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DigestItem_userId_id_idx" ON "DigestItem"("userId", "id");
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DigestItem" ADD CONSTRAINT "DigestItem_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "OnCallOverride" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnCallOverride_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OnCallOverride_endsAt_idx" ON "OnCallOverride"("endsAt");
ALTER TABLE "OnCallOverride" ADD CONSTRAINT "OnCallOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "EscalationNotification" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "userIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "notifiedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationNotification_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "EscalationNotification_ticketId_level_round_key" ON "EscalationNotification"("ticketId", "level", "round");
ALTER TABLE "EscalationNotification" ADD CONSTRAINT "EscalationNotification_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Channel" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChannelKind" NOT NULL DEFAULT 'WEBHOOK',
    "url" TEXT NOT NULL,
    "format" "ChannelFormat" NOT NULL DEFAULT 'JSON',
    "secretHeaderName" TEXT,
    "secretHeaderSealed" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "OutgoingWebhook" (
    "id" UUID NOT NULL,
    "channelId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "ticketId" UUID,
    "body" JSONB NOT NULL,
    "status" "WebhookStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutgoingWebhook_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutgoingWebhook_status_nextAttemptAt_idx" ON "OutgoingWebhook"("status", "nextAttemptAt");
ALTER TABLE "OutgoingWebhook" ADD CONSTRAINT "OutgoingWebhook_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
