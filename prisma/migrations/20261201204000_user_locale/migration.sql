-- The language each person chose (issue 14).
ALTER TABLE "User" ADD COLUMN "locale" TEXT;
