import type { PrismaClient } from "@/lib/db/client";
import { planResolutions, type FiringOccurrence } from "@/lib/domain/alerts/reconcile";
import { refreshSignals } from "@/lib/server/alerts/refresh-signals";
import { recordEvents, type NewEvent } from "@/lib/server/timeline/record-events";
import { RECONCILIATION, type ReconcileChange } from "./changes";
import { prismaSql } from "@/lib/db/sql";

type Firing = FiringOccurrence & { alertname: string; groupKey: string; instance: string | null };

/**
 * Marks resolved the firing occurrences Alertmanager has not held for longer than the grace (a resolved notice
 * lost on the way, a silenced alert that ended), says so on each ticket's timeline and refreshes its signal.
 * The heartbeat is left to its own check. `held` must come from at least one reachable Alertmanager.
 */
export async function resolveMissing(db: PrismaClient, { held, now, graceMs }: { held: Set<string>; now: Date; graceMs: number }): Promise<ReconcileChange[]> {
  return db.$transaction(async (tx) => {
    const firing = await tx.$queryRaw<Firing[]>`
      SELECT "id", "fingerprint", "startsAt", "ticketId", "alertname", "groupKey", "labels"->>'instance' AS "instance"
      FROM "Alert" WHERE "status" = 'FIRING' AND NOT "heartbeat"`;
    const remembered = await tx.reconcileMissing.findMany();
    const missingSince = new Map(remembered.map((m) => [m.alertId, m.missingSince]));
    const plan = planResolutions({ held, firing, missingSince, now, graceMs });
    if (plan.startMissing.length > 0) {
      await tx.reconcileMissing.createMany({ data: plan.startMissing.map((alertId) => ({ alertId, missingSince: now })), skipDuplicates: true });
    }
    const forget = [...plan.clearMissing, ...plan.resolve.map((o) => o.id)];
    if (forget.length > 0) await tx.reconcileMissing.deleteMany({ where: { alertId: { in: forget } } });
    if (plan.resolve.length === 0) return [];

    // The end is unknown; the first run that found it gone is the closest bound Vigie has.
    const rows = plan.resolve.map((o) => ({ id: o.id, endsAt: missingSince.get(o.id)!.toISOString() }));
    // Still FIRING is checked again under the row lock: a resolved notice may have won meanwhile.
    const done = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Alert" AS a SET "status" = 'RESOLVED', "endsAt" = x."endsAt"::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x("id" uuid, "endsAt" text)
      WHERE a."id" = x."id" AND a."status" = 'FIRING'
      RETURNING a."id"`;
    const doneIds = new Set(done.map((d) => d.id));
    const resolved = (plan.resolve as Firing[]).filter((o) => doneIds.has(o.id));

    const byTicket = new Map<string, Firing[]>();
    for (const o of resolved) if (o.ticketId) byTicket.set(o.ticketId, [...(byTicket.get(o.ticketId) ?? []), o]);
    const events: NewEvent[] = [...byTicket].map(([ticketId, list]) => ({
      ticketId,
      type: "alert.reconciled",
      data: {
        count: list.length,
        reason: "Alertmanager no longer holds these alerts: their resolved notice never reached Vigie",
        alerts: list.map((o) => ({ fingerprint: o.fingerprint, alertname: o.alertname, instance: o.instance, startsAt: o.startsAt.toISOString(), endsAt: missingSince.get(o.id)!.toISOString() })),
      },
    }));
    const actor = { kind: "SYSTEM", name: RECONCILIATION } as const;
    await recordEvents(tx, actor, events);
    await refreshSignals(prismaSql(tx), [...byTicket.keys()], actor);
    return resolved.map((o) => ({ direction: "resolved" as const, ticketId: o.ticketId, fingerprint: o.fingerprint, alertname: o.alertname, groupKey: o.groupKey }));
  }, { timeout: 60_000 });
}
