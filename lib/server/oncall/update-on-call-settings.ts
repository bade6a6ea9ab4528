import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { writeSetting } from "@/lib/server/settings/write-setting";

/** The team's time zone (hand-overs and overrides are read on its clock) and the storm digest window. */
export async function updateOnCallSettings({ actor, timeZone, digestWindowMinutes }: { actor: Actor; timeZone: string; digestWindowMinutes: number }) {
  assertCan(actor, "oncall.manage");
  await prisma.$transaction(async (tx) => {
    await writeSetting(tx, actor, "timeZone", timeZone, { value: timeZone });
    await writeSetting(tx, actor, "digestWindowMinutes", digestWindowMinutes, { value: digestWindowMinutes });
  });
}

