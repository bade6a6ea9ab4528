import type { Prisma } from "@/lib/generated/prisma/client";
import { CHANNEL, HEARTBEAT_PAYLOAD } from "./change-feed";

/**
 * In the transaction that changes the heartbeat (a beat, a stop, declared late): open ticket lists refresh
 * their heartbeat panel when it commits. A Watchdog beat comes once a minute or so: one notification each.
 */
export async function announceHeartbeat(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${HEARTBEAT_PAYLOAD})`;
}
