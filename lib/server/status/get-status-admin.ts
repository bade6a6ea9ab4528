import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { getSettings } from "@/lib/server/settings/get-settings";

/** Admin → Status page: the services with their links, and whether the report form is open. */
export async function getStatusAdmin({ actor }: { actor: Actor }) {
  assertCan(actor, "status.manage");
  const [services, settings] = await Promise.all([prisma.statusService.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] }), getSettings(prisma)]);
  return { services, publicReports: settings.publicReports };
}
