import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { nextOnCallAfter, onCallAt } from "@/lib/domain/oncall/rotation";
import { can, canRemoveOnCallOverride } from "@/lib/domain/permissions";
import { onCallContext } from "./on-call-context";

/** The on-call page: who is on call now and next, the rotation, the overrides to come, and for admins the policy. */
export async function getOnCall({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "read");
  const loaded = await onCallContext(prisma, now);
  const name = (id: string | null) => (id ? (loaded.people.get(id)?.name ?? null) : null);
  const current = onCallAt(loaded.context, now);
  const next = nextOnCallAfter(loaded.context, now);
  const manage = can(actor, "oncall.manage");
  const channels = manage
    ? await prisma.channel.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, url: true, format: true, enabled: true, secretHeaderName: true } })
    : [];
  return {
    now,
    timeZone: loaded.settings.timeZone,
    current: { ...current, name: name(current.userId) },
    next: { ...next, name: name(next.userId) },
    rotation: loaded.settings.onCallRotation,
    members: (loaded.settings.onCallRotation?.memberIds ?? []).map((id) => ({ id, name: name(id) ?? "someone no longer on call" })),
    people: [...loaded.people.values()].map((p) => ({ id: p.id, name: p.name, role: p.role })),
    overrides: loaded.overrides.map((o) => ({ id: o.id, userId: o.userId, name: o.user.name, startsAt: o.startsAt, endsAt: o.endsAt, note: o.note, canRemove: canRemoveOnCallOverride(actor, o) })),
    canManage: manage,
    canAddOverride: can(actor, "tickets.work"),
    escalationPolicy: loaded.settings.escalationPolicy,
    digestWindowMinutes: loaded.settings.digestWindowMinutes,
    channels,
  };
}

export type OnCallView = Awaited<ReturnType<typeof getOnCall>>;
