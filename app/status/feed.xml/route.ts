import { getLocale, getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/env";
import type { PublicStatus } from "@/lib/domain/status/state";
import { atomFeed } from "@/lib/server/status/atom-feed";
import { cachedPublicStatus } from "@/lib/server/status/status-cache";

// Public (proxy.ts), from the same cached read model as the page; feed readers may keep it half a minute.
export async function GET() {
  const [view, t, locale] = await Promise.all([cachedPublicStatus(), getTranslations("status"), getLocale()]);
  const xml = atomFeed(view, publicUrl(), {
    title: t("feed.title"),
    entryTitle: (title, status) => t("feed.entryTitle", { title, status }),
    status: (status) => t(`statuses.${status as PublicStatus}`),
    locale,
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=30", vary: "Accept-Language, Cookie" } });
}
