import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { SecurityLogQuery } from "@/lib/validations/security-log";

/** The security audit log for admins, newest first, filtered by type, person or address, one page at a time. */
export async function listSecurityEvents({ actor, query }: { actor: Actor; query: SecurityLogQuery }) {
  assertCan(actor, "administer");
  const text = query.who ? { contains: query.who, mode: "insensitive" as const } : undefined;
  const events = await prisma.securityEvent.findMany({
    where: {
      ...(query.type ? { type: query.type } : {}),
      ...(text ? { OR: [{ subject: text }, { actorName: text }, { address: text }] } : {}),
      ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
    },
    orderBy: { id: "desc" },
    take: query.pageSize + 1,
  });
  const page = events.slice(0, query.pageSize).map((e) => ({ ...e, id: e.id.toString() }));
  return { events: page, next: events.length > query.pageSize ? page.at(-1)!.id : null };
}
