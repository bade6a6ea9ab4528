import type { Prisma } from "@/lib/generated/prisma/client";
import { settingDefaults, settingSchemas, type SettingKey, type Settings } from "@/lib/validations/settings";

/** The team settings with their defaults; a stored value that no longer parses falls back to the default. */
export async function getSettings(db: Prisma.TransactionClient): Promise<Settings> {
  const rows = await db.setting.findMany({ where: { key: { in: Object.keys(settingDefaults) } } });
  const settings = { ...settingDefaults } as Record<SettingKey, unknown>;
  for (const row of rows) {
    const key = row.key as SettingKey;
    const parsed = settingSchemas[key].safeParse(row.value);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}
