import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RiskForm } from "@/components/risks/risk-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listPeople } from "@/lib/server/users/list-people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("risks"))("form.newTitle") };
}

export default async function NewRiskPage() {
  const actor = await requireActor();
  if (!can(actor, "risks.manage")) return <Forbidden role={actor.role} permission="risks.manage" />;
  const t = await getTranslations("risks");
  return (
    <>
      <PageHeader title={t("form.newTitle")} />
      <RiskForm people={await listPeople({ actor })} />
    </>
  );
}
