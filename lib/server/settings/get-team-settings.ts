import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { getSettings } from "./get-settings";

export async function getTeamSettings({ actor }: { actor: Actor }) {
  assertCan(actor, "administer");
  return getSettings(prisma);
}
