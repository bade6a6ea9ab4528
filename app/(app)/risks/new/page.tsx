import type { Metadata } from "next";
import { RiskForm } from "@/components/risks/risk-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listPeople } from "@/lib/server/users/list-people";
import { Forbidden } from "@/components/shell/forbidden";

export const metadata: Metadata = { title: "Add a risk" };

export default async function NewRiskPage() {
  const actor = await requireActor();
  if (!can(actor, "risks.manage")) return <Forbidden role={actor.role} permission="risks.manage" />;
  return (
    <>
      <PageHeader title="Add a risk" />
      <RiskForm people={await listPeople({ actor })} />
    </>
  );
}
