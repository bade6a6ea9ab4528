import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { getPublicStatus, type PublicStatusView } from "./get-public-status";

// The public page is what everyone opens during an outage, so each instance keeps its read model in memory.
// Why a version number and a short TTL rather than LISTEN/NOTIFY: what admins change (statements, services, the
// form) bumps StatusVersion in its own transaction, and every instance checks that one row at most once a
// second, so a statement shows everywhere within a second; what the machine changes (tickets, during an alert
// storm, many times a second) is picked up within TTL_MS without adding one write, trigger or NOTIFY to the
// ingestion path (a NOTIFY takes a database-wide lock at commit, serialising the storm's transactions), and
// without a dedicated connection per instance (which a transaction-mode pooler would not allow).
// At most one refresh runs at a time per instance; while the database does not answer, the last page is served.
const TTL_MS = 10_000;
const VERSION_CHECK_MS = 1_000;

type Entry = { view: PublicStatusView; version: number; computedAt: number; checkedAt: number };
// On globalThis: the page, the feed and the actions are separate bundles that must share one cache.
const store = globalThis as unknown as { vigieStatusCache?: { entry?: Entry; refreshing?: Promise<PublicStatusView> } };
const cache = (store.vigieStatusCache ??= {});

async function readVersion(): Promise<number> {
  const row = await prisma.statusVersion.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0;
}

async function refresh(): Promise<PublicStatusView> {
  const now = Date.now();
  try {
    const version = await readVersion();
    const entry = cache.entry;
    if (entry && entry.version === version && now - entry.computedAt < TTL_MS) {
      entry.checkedAt = now;
      return entry.view;
    }
    // The version is read before the data: a change committed in between shows at the next check.
    const view = await getPublicStatus(prisma);
    cache.entry = { view, version, computedAt: now, checkedAt: now };
    return view;
  } catch (error) {
    if (!cache.entry) throw error;
    console.warn("status page: serving the last known state:", error instanceof Error ? error.message : error);
    cache.entry.checkedAt = now;
    return cache.entry.view;
  }
}

export function cachedPublicStatus(now = Date.now()): Promise<PublicStatusView> {
  const entry = cache.entry;
  if (entry && now - entry.checkedAt < VERSION_CHECK_MS && now - entry.computedAt < TTL_MS) return Promise.resolve(entry.view);
  cache.refreshing ??= refresh().finally(() => (cache.refreshing = undefined));
  return cache.refreshing;
}

/** In the transaction of a change the public sees: every instance recomputes at its next check. */
export async function bumpStatusVersion(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`INSERT INTO "StatusVersion" ("id", "version", "updatedAt") VALUES (1, 1, now())
    ON CONFLICT ("id") DO UPDATE SET "version" = "StatusVersion"."version" + 1, "updatedAt" = now()`;
}

/** After such a change commits: this instance (the admin's) shows it on the next request. */
export function forgetCachedStatus(): void {
  cache.entry = undefined;
}
