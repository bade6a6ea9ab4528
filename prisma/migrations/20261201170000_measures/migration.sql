-- One word per concept: the owned actions of step 6 and of a REX are both "measures" (the plan's "mesures").
-- Renamed in place: no row is copied or lost.
ALTER TYPE "RemediationState" RENAME TO "MeasureState";

ALTER TABLE "RemediationAction" RENAME TO "Measure";
ALTER TABLE "Measure" RENAME CONSTRAINT "RemediationAction_pkey" TO "Measure_pkey";
ALTER TABLE "Measure" RENAME CONSTRAINT "RemediationAction_ticketId_fkey" TO "Measure_ticketId_fkey";
ALTER TABLE "Measure" RENAME CONSTRAINT "RemediationAction_ownerId_fkey" TO "Measure_ownerId_fkey";
ALTER INDEX "RemediationAction_ticketId_idx" RENAME TO "Measure_ticketId_idx";

ALTER TABLE "RexFollowUp" RENAME TO "RexMeasure";
ALTER TABLE "RexMeasure" RENAME CONSTRAINT "RexFollowUp_pkey" TO "RexMeasure_pkey";
ALTER TABLE "RexMeasure" RENAME CONSTRAINT "RexFollowUp_rexId_fkey" TO "RexMeasure_rexId_fkey";
ALTER TABLE "RexMeasure" RENAME CONSTRAINT "RexFollowUp_ownerId_fkey" TO "RexMeasure_ownerId_fkey";
ALTER INDEX "RexFollowUp_rexId_idx" RENAME TO "RexMeasure_rexId_idx";
ALTER TABLE "RexMeasure" ALTER COLUMN "state" DROP DEFAULT;
ALTER TABLE "RexMeasure" ALTER COLUMN "state" TYPE "MeasureState" USING ("state"::text::"MeasureState");
ALTER TABLE "RexMeasure" ALTER COLUMN "state" SET DEFAULT 'OPEN';
ALTER TABLE "RexMeasure" ADD COLUMN "deferReason" TEXT;
ALTER TABLE "RexMeasure" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "RexMeasure" ALTER COLUMN "updatedAt" DROP DEFAULT;
DROP TYPE "RexFollowUpState";
