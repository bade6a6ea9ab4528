import type { Metadata } from "next";
import { HeatMap } from "@/components/risks/heat-map";
import { RiskTable } from "@/components/risks/risk-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listRisks } from "@/lib/server/risks/list-risks";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Risks" };

export default async function RisksPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const risks = await listRisks({ actor });
  const impact = Number(params.impact);
  const probability = Number(params.probability);
  const selected = impact && probability ? { impact, probability } : undefined;
  const shown = selected ? risks.filter((r) => r.impact === impact && r.probability === probability) : risks;
  return (
    <>
      <PageHeader
        title="Risks"
        description="The risk matrix of the incident plan: impact × probability, criticality, treatment, and the incidents that realised each risk."
        actions={can(actor, "risks.manage") ? <Link href="/risks/new" className={buttonClass()}>Add a risk</Link> : undefined}
      />
      <div className="space-y-6">
        <HeatMap risks={risks} selected={selected} />
        <RiskTable risks={shown} />
      </div>
    </>
  );
}
