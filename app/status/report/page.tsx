import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ReportForm } from "@/components/status/report-form";
import { Notice } from "@/components/ui/notice";
import { cachedPublicStatus } from "@/lib/server/status/status-cache";
import { formStamp } from "@/lib/server/status/form-stamp";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("status"))("report.title") };
}

export default async function ReportPage() {
  const t = await getTranslations("status");
  const view = await cachedPublicStatus();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{t("report.title")}</h1>
      {view.reportsOpen ? (
        <>
          <p className="text-zinc-600 dark:text-zinc-400">{t("report.intro")}</p>
          <ReportForm services={view.services.map((s) => ({ id: s.id, name: s.name }))} stamp={formStamp()} />
        </>
      ) : (
        <Notice tone="info">{t("report.closed")}</Notice>
      )}
      <Link href="/status" className="inline-block text-sm text-sky-700 underline dark:text-sky-400">{t("report.back")}</Link>
    </div>
  );
}
