-- New incidents' notifications leave the webhook's transaction (issue 15, the storm): ingestion writes a row here,
-- and notify() places it just after the commit, in a transaction of its own. notify() locks the admins'
-- NotificationPreference rows until commit, and every ticket a storm opened waited there (33 ms a ticket, measured
-- with log_min_duration_statement = 0 during the bench's storm).
CREATE TABLE "IncidentNotice" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentNotice_pkey" PRIMARY KEY ("id")
);
