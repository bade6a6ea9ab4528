import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { getSettings } from "@/lib/server/settings/get-settings";

/** The team's digest window, in minutes, for anyone choosing how their emails come. */
export async function getDigestWindow({ actor }: { actor: Actor }): Promise<number> {
  assertCan(actor, "read");
  return (await getSettings(prisma)).digestWindowMinutes;
}
