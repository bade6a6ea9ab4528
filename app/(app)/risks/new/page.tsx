import type { Metadata } from "next";
import { RiskForm } from "@/components/risks/risk-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { listPeople } from "@/lib/server/users/list-people";
import { Forbidden } from "@/components/shell/forbidden";

export const metadata: Metadata = { title: "Add a risk" };

export default async function NewRiskPage() {
  const actor = await requireActor();
  if (actor.role !== "ADMIN") return <Forbidden role={actor.role} needed="admins" />;
  return (
    <>
      <PageHeader title="Add a risk" />
      <RiskForm people={await listPeople({ actor })} />
    </>
  );
}
