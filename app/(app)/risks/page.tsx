import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeatMap } from "@/components/risks/heat-map";
import { RiskTable } from "@/components/risks/risk-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listRisks } from "@/lib/server/risks/list-risks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("risks"))("title") };
}

export default async function RisksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("risks");
  const params = await searchParams;
  const risks = await listRisks({ actor });
  const impact = Number(params.impact);
  const probability = Number(params.probability);
  const selected = impact && probability ? { impact, probability } : undefined;
  const shown = selected ? risks.filter((r) => r.impact === impact && r.probability === probability) : risks;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(actor, "risks.manage") ? <Link href="/risks/new" className={buttonClass()}>{t("add")}</Link> : undefined}
      />
      <div className="space-y-6">
        <HeatMap risks={risks} selected={selected} />
        <RiskTable risks={shown} />
      </div>
    </>
  );
}
