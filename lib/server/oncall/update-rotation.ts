import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { Rotation } from "@/lib/domain/oncall/rotation";
import { canBeAssigned } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { writeSetting } from "@/lib/server/settings/write-setting";

/** Admins set who takes turns on call, and when they hand over; null removes the rotation. */
export async function updateRotation({ actor, rotation }: { actor: Actor; rotation: Rotation | null }) {
  assertCan(actor, "oncall.manage");
  await prisma.$transaction(async (tx) => {
    if (rotation) {
      const people = await tx.user.findMany({ where: { id: { in: rotation.memberIds }, active: true }, select: { id: true, role: true } });
      const ok = new Set(people.filter((p) => canBeAssigned(p)).map((p) => p.id));
      const wrong = rotation.memberIds.filter((id) => !ok.has(id));
      if (wrong.length) throw new AppError("INVALID_INPUT", "Only active admins and technicians can be on call.", { fieldErrors: { form: ["Only active admins and technicians can be on call."] } });
    }
    await writeSetting(tx, actor, "onCallRotation", rotation, { members: rotation?.memberIds.length ?? 0 });
  });
}
