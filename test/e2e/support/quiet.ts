import pg from "pg";

/**
 * Specs share one database: one spec's storm (many new incidents) leaves the admins' next emails waiting in a
 * digest. A spec that counts emails starts from a quiet team. `acknowledgeOpen`: the tickets earlier specs left
 * open are acknowledged, so that none escalates (oldest first) before the spec's own and sends its emails to a
 * digest (the integration test of the escalation job failed so).
 */
export async function quietNotifications(options: { resetOnCall?: boolean; acknowledgeOpen?: boolean } = {}) {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    if (options.resetOnCall) await db.query(`DELETE FROM "Setting" WHERE "key" IN ('onCallRotation', 'escalationPolicy', 'digestWindowMinutes')`);
    if (options.acknowledgeOpen) await db.query(`UPDATE "Ticket" SET "acknowledgedAt" = now() WHERE "acknowledgedAt" IS NULL AND "step" <> 'CLOSURE'`);
    await db.query(`DELETE FROM "DigestItem"`);
    await db.query(`UPDATE "NotificationPreference" SET "lastSentAt" = NULL, "digestDueAt" = NULL`);
  } finally {
    await db.end();
  }
}
