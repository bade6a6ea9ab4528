-- Reconciliation with Alertmanager's API (issue 10, section 4).
CREATE TABLE "ReconciliationRun" (
    "id" BIGSERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "reachable" JSONB NOT NULL DEFAULT '[]',
    "alertsSeen" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "ingested" INTEGER NOT NULL DEFAULT 0,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,

    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ReconciliationRun_startedAt_idx" ON "ReconciliationRun"("startedAt");

CREATE TABLE "ReconcileMissing" (
    "alertId" UUID NOT NULL,
    "missingSince" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReconcileMissing_pkey" PRIMARY KEY ("alertId")
);

CREATE TABLE "ReconcileState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "resolvedTotal" INTEGER NOT NULL DEFAULT 0,
    "ingestedTotal" INTEGER NOT NULL DEFAULT 0,
    "lastReachableAt" TIMESTAMP(3),
    "unreachableSince" TIMESTAMP(3),
    "alertedAt" TIMESTAMP(3),
    "incidentTicketId" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReconcileState_pkey" PRIMARY KEY ("id")
);
