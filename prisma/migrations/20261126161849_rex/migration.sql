-- CreateEnum
CREATE TYPE "RexStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RexFollowUpState" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "Rex" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "context" TEXT NOT NULL DEFAULT '',
    "course" JSONB NOT NULL DEFAULT '[]',
    "courseNarrative" TEXT NOT NULL DEFAULT '',
    "stepDurations" JSONB NOT NULL DEFAULT '{}',
    "solution" TEXT NOT NULL DEFAULT '',
    "weakPoint" TEXT NOT NULL DEFAULT '',
    "actionsTaken" TEXT NOT NULL DEFAULT '',
    "recommendations" TEXT NOT NULL DEFAULT '',
    "riskCodes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "incidentStart" TIMESTAMP(3),
    "incidentEnd" TIMESTAMP(3),
    "status" "RexStatus" NOT NULL DEFAULT 'DRAFT',
    "ticketId" UUID,
    "authorId" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Rex_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RexFollowUp" (
    "id" UUID NOT NULL,
    "rexId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID,
    "dueDate" TIMESTAMP(3),
    "state" "RexFollowUpState" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RexFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rex_ticketId_key" ON "Rex"("ticketId");

-- CreateIndex
CREATE INDEX "Rex_status_createdAt_idx" ON "Rex"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "RexFollowUp_rexId_idx" ON "RexFollowUp"("rexId");

-- AddForeignKey
ALTER TABLE "Rex" ADD CONSTRAINT "Rex_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rex" ADD CONSTRAINT "Rex_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RexFollowUp" ADD CONSTRAINT "RexFollowUp_rexId_fkey" FOREIGN KEY ("rexId") REFERENCES "Rex"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RexFollowUp" ADD CONSTRAINT "RexFollowUp_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
