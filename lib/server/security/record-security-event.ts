import type { Prisma } from "@/lib/generated/prisma/client";
import type { SecurityEventType } from "@/lib/domain/security-events";

export type SecurityEventInput = {
  type: SecurityEventType;
  actor?: { id: string; name: string } | null;
  subject?: string;
  address?: string;
  data?: Prisma.InputJsonValue;
};

/** Appends to the security audit log, in the caller's transaction when it has one. */
export async function recordSecurityEvent(db: Prisma.TransactionClient, event: SecurityEventInput): Promise<void> {
  await db.securityEvent.create({
    data: {
      type: event.type,
      actorId: event.actor?.id ?? null,
      actorName: event.actor?.name ?? "",
      subject: (event.subject ?? "").slice(0, 320),
      address: (event.address ?? "").slice(0, 64),
      data: event.data ?? {},
    },
  });
}
