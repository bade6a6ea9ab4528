-- CreateEnum
CREATE TYPE "VoteDecision" AS ENUM ('APPROVE', 'REFUSE');

-- CreateEnum
CREATE TYPE "RemediationState" AS ENUM ('OPEN', 'DONE', 'DEFERRED');

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "affectedServices" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "closingNote" TEXT,
ADD COLUMN     "solution" TEXT,
ADD COLUMN     "solvedAt" TIMESTAMP(3),
ADD COLUMN     "solverId" UUID,
ADD COLUMN     "validationRound" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ValidationVote" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "round" INTEGER NOT NULL,
    "adminId" UUID NOT NULL,
    "decision" "VoteDecision" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ValidationVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemediationAction" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "dueDate" TIMESTAMP(3),
    "state" "RemediationState" NOT NULL DEFAULT 'OPEN',
    "deferReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RemediationAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepSpan" (
    "id" BIGSERIAL NOT NULL,
    "ticketId" UUID NOT NULL,
    "step" "TicketStep" NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,
    "leftAt" TIMESTAMP(3) NOT NULL,
    "seconds" INTEGER NOT NULL,

    CONSTRAINT "StepSpan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" UUID,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "ValidationVote_ticketId_round_adminId_key" ON "ValidationVote"("ticketId", "round", "adminId");

-- CreateIndex
CREATE INDEX "RemediationAction_ticketId_idx" ON "RemediationAction"("ticketId");

-- CreateIndex
CREATE INDEX "FollowUp_ticketId_createdAt_idx" ON "FollowUp"("ticketId", "createdAt");

-- CreateIndex
CREATE INDEX "StepSpan_ticketId_idx" ON "StepSpan"("ticketId");

-- CreateIndex
CREATE INDEX "StepSpan_step_leftAt_idx" ON "StepSpan"("step", "leftAt");

-- CreateIndex
CREATE INDEX "Ticket_assigneeId_idx" ON "Ticket"("assigneeId");

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_solverId_fkey" FOREIGN KEY ("solverId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationVote" ADD CONSTRAINT "ValidationVote_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValidationVote" ADD CONSTRAINT "ValidationVote_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationAction" ADD CONSTRAINT "RemediationAction_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepSpan" ADD CONSTRAINT "StepSpan_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "Ticket"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
