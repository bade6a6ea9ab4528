import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportIncidentForm } from "@/components/lifecycle/report-incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.report"))("metaTitle") };
}

/** Step 1 by hand: anyone signed in, the SOC included. */
export default async function ReportIncidentPage() {
  await requireActor();
  const t = await getTranslations("tickets.report");
  return (
    <>
      <PageHeader title={t("metaTitle")} description={t("description")} />
      <ReportIncidentForm />
    </>
  );
}
