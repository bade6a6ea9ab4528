-- CreateEnum
CREATE TYPE "RiskStrategy" AS ENUM ('MITIGATE', 'ACCEPT', 'TRANSFER', 'AVOID');

-- CreateTable
CREATE TABLE "Risk" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "impact" INTEGER NOT NULL,
    "probability" INTEGER NOT NULL,
    "consequences" TEXT NOT NULL,
    "strategy" "RiskStrategy",
    "treatment" TEXT,
    "ownerId" UUID,
    "reviewDate" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Risk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskRevision" (
    "id" BIGSERIAL NOT NULL,
    "riskId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorName" TEXT NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "RiskRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Risk_code_key" ON "Risk"("code");

-- CreateIndex
CREATE INDEX "RiskRevision_riskId_at_idx" ON "RiskRevision"("riskId", "at");

-- CreateIndex
CREATE INDEX "Ticket_riskCodes_idx" ON "Ticket" USING GIN ("riskCodes");

-- AddForeignKey
ALTER TABLE "Risk" ADD CONSTRAINT "Risk_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskRevision" ADD CONSTRAINT "RiskRevision_riskId_fkey" FOREIGN KEY ("riskId") REFERENCES "Risk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
