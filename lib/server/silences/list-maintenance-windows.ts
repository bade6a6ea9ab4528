import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { formatMatchers, type Matcher } from "@/lib/domain/silences/matchers";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { listSilences } from "./alertmanager-api";

/** The maintenance windows not yet over (and those ended in the last week), with Alertmanager's state. */
export async function listMaintenanceWindows({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "read");
  const urls = env().ALERTMANAGER_URL;
  if (!urls?.length) return null;
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const [windows, am] = await Promise.all([
    prisma.maintenanceWindow.findMany({ where: { endsAt: { gt: since } }, include: { createdBy: { select: { name: true } } }, orderBy: { startsAt: "asc" }, take: 100 }),
    listSilences(urls).then((r) => ({ silences: r.value, error: null }), (error: unknown) => {
      // The English sentence and its values: the page says it in the reader's language.
      if (isAppError(error)) return { silences: null, error: { sentence: error.sentence, values: error.details?.values } };
      throw error;
    }),
  ]);
  const stateOf = new Map(am.silences?.map((s) => [s.id, s.status.state]) ?? []);
  const mayManage = can(actor, "silences.manage");
  return {
    windows: windows.map((w) => {
      const state = w.expiredAt || w.endsAt <= now ? "expired" : (stateOf.get(w.silenceId) ?? (am.silences ? "expired" : "recorded"));
      return { id: w.id, silenceId: w.silenceId, reason: w.reason, matchers: formatMatchers(w.matchers as Matcher[]), startsAt: w.startsAt, endsAt: w.endsAt, createdBy: w.createdBy.name, state, canExpire: mayManage && state !== "expired" };
    }),
    unreachable: am.error,
    canCreate: mayManage,
    clustered: urls.length > 1,
  };
}

export type MaintenanceWindows = NonNullable<Awaited<ReturnType<typeof listMaintenanceWindows>>>;
