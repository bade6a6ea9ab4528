import "server-only";
import { prisma } from "@/lib/db/prisma";
import { getSettings } from "@/lib/server/settings/get-settings";

// The team's time zone (Team settings), read at most once a minute: every page formats dates with it.
let cached: { value: string; at: number } | undefined;

export async function teamTimeZone(now = Date.now()): Promise<string> {
  if (cached && now - cached.at < 60_000) return cached.value;
  const value = await getSettings(prisma).then((s) => s.timeZone, () => cached?.value ?? "Europe/Paris");
  cached = { value, at: now };
  return value;
}
