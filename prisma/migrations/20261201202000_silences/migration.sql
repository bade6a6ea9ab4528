-- Silences from the ticket and maintenance windows (issue 13, part C).
CREATE TABLE "TicketSilence" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "silenceId" TEXT NOT NULL,
    "alertmanagerUrl" TEXT NOT NULL,
    "matchers" JSONB NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiredAt" TIMESTAMP(3),
    "expiryAttempts" INTEGER NOT NULL DEFAULT 0,
    "expiryError" TEXT,

    CONSTRAINT "TicketSilence_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "TicketSilence_silenceId_key" ON "TicketSilence"("silenceId");
CREATE INDEX "TicketSilence_ticketId_idx" ON "TicketSilence"("ticketId");
CREATE INDEX "TicketSilence_expiredAt_endsAt_idx" ON "TicketSilence"("expiredAt", "endsAt");

ALTER TABLE "TicketSilence" ADD CONSTRAINT "TicketSilence_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TicketSilence" ADD CONSTRAINT "TicketSilence_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "MaintenanceWindow" (
    "id" UUID NOT NULL,
    "silenceId" TEXT NOT NULL,
    "alertmanagerUrl" TEXT NOT NULL,
    "matchers" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiredAt" TIMESTAMP(3),

    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "MaintenanceWindow_silenceId_key" ON "MaintenanceWindow"("silenceId");
CREATE INDEX "MaintenanceWindow_endsAt_idx" ON "MaintenanceWindow"("endsAt");

ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
