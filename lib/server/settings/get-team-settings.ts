import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/guard";
import { getSettings } from "./get-settings";

export async function getTeamSettings({ actor }: { actor: Actor }) {
  assertRole(actor, ["ADMIN"]);
  return getSettings(prisma);
}
