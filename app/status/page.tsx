import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusView } from "@/components/status/status-view";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { cachedPublicStatus } from "@/lib/server/status/status-cache";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("status");
  return { title: t("title"), description: t("metaDescription"), alternates: { types: { "application/atom+xml": "/status/feed.xml" } } };
}

export default async function StatusPage() {
  const view = await cachedPublicStatus();
  return (
    <>
      <AutoRefresh everyMs={30_000} />
      <StatusView view={view} />
    </>
  );
}
