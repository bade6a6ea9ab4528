import type { EscalationLevel } from "@/lib/domain/escalation/schedule";
import { nextOnCallAfter, onCallAt } from "@/lib/domain/oncall/rotation";
import type { OnCallPerson, onCallContext } from "@/lib/server/oncall/on-call-context";

type Loaded = Awaited<ReturnType<typeof onCallContext>>;

const NEXT_WITHIN_MS = 7 * 86_400_000;

/**
 * Who a level reaches: 1 the person on call, 2 the next person on call if it is someone else whose time comes
 * within a week (the longest turn: an override months ahead is nobody to wake now), 3 every active admin. Without a rotation, levels 1 and 2 reach nobody (the admins had the new-incident email): the
 * escalation is then a reminder to all admins at level 3.
 */
export function recipientsOf(level: EscalationLevel, loaded: Loaded, now: Date): OnCallPerson[] {
  const admins = [...loaded.people.values()].filter((p) => p.role === "ADMIN");
  const current = onCallAt(loaded.context, now).userId;
  if (level === 1) return current ? [loaded.people.get(current)!] : [];
  if (level === 2) {
    const next = nextOnCallAfter(loaded.context, now);
    const soon = next.from !== null && next.from.getTime() - now.getTime() <= NEXT_WITHIN_MS;
    return next.userId && next.userId !== current && soon ? [loaded.people.get(next.userId)!] : [];
  }
  return admins;
}
