-- Accounts from the company's directory (OpenID Connect, LDAP): where each comes from, and its id there.
ALTER TABLE "User" ADD COLUMN "authSource" TEXT NOT NULL DEFAULT 'local',
ADD COLUMN "externalId" TEXT;
CREATE UNIQUE INDEX "User_authSource_externalId_key" ON "User"("authSource", "externalId");
