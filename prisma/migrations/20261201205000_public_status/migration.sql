-- The public status page and reports without an account (issue 17).
ALTER TYPE "TicketSource" ADD VALUE 'PUBLIC';
ALTER TYPE "ClosureReason" ADD VALUE 'SPAM';

CREATE TYPE "PublicImpact" AS ENUM ('DEGRADED', 'PARTIAL_OUTAGE', 'MAJOR_OUTAGE');
CREATE TYPE "PublicStatus" AS ENUM ('INVESTIGATING', 'IDENTIFIED', 'MONITORING', 'RESOLVED');

CREATE TABLE "StatusService" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "categories" "Category"[] DEFAULT ARRAY[]::"Category"[],
    "riskCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "labelMatchers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusService_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StatusService_name_key" ON "StatusService"("name");

CREATE TABLE "PublicIncident" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "impact" "PublicImpact" NOT NULL,
    "status" "PublicStatus" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "PublicIncident_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PublicIncident_ticketId_key" ON "PublicIncident"("ticketId");
CREATE INDEX "PublicIncident_startedAt_idx" ON "PublicIncident"("startedAt");
CREATE INDEX "PublicIncident_resolvedAt_idx" ON "PublicIncident"("resolvedAt");
ALTER TABLE "PublicIncident" ADD CONSTRAINT "PublicIncident_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PublicIncidentService" (
    "incidentId" UUID NOT NULL,
    "serviceId" UUID NOT NULL,

    CONSTRAINT "PublicIncidentService_pkey" PRIMARY KEY ("incidentId", "serviceId")
);
CREATE INDEX "PublicIncidentService_serviceId_idx" ON "PublicIncidentService"("serviceId");
ALTER TABLE "PublicIncidentService" ADD CONSTRAINT "PublicIncidentService_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "PublicIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PublicIncidentService" ADD CONSTRAINT "PublicIncidentService_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "StatusService"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PublicUpdate" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "status" "PublicStatus" NOT NULL,
    "impact" "PublicImpact" NOT NULL,
    "message" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicUpdate_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PublicUpdate_incidentId_createdAt_idx" ON "PublicUpdate"("incidentId", "createdAt");
ALTER TABLE "PublicUpdate" ADD CONSTRAINT "PublicUpdate_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "PublicIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "PublicReport" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "serviceId" UUID,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "verifiedAt" TIMESTAMP(3),
    "followsUpdates" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicReport_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PublicReport_ticketId_key" ON "PublicReport"("ticketId");
ALTER TABLE "PublicReport" ADD CONSTRAINT "PublicReport_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PublicReport" ADD CONSTRAINT "PublicReport_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "StatusService"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "PublicReportLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicReportLimit_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "StatusVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatusVersion_pkey" PRIMARY KEY ("id")
);
