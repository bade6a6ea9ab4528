import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PriorityMatrixForm, SlaTargetsForm } from "@/components/settings/matrix-tables";
import { QuorumForm } from "@/components/settings/quorum-form";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { SelfAssignForm } from "@/components/settings/self-assign-form";
import { RetentionForm } from "@/components/settings/retention-form";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { getTeamSettings } from "@/lib/server/settings/get-team-settings";
import { getRetention } from "@/lib/server/retention/get-retention";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("settings.title") };
}

export default async function SettingsPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const [settings, retention, t] = await Promise.all([getTeamSettings({ actor }), getRetention({ actor }), getTranslations("admin")]);
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      <div className="space-y-8">
        <QuorumForm policy={settings.quorumPolicy} />
        <RequireMfaForm required={settings.requireAdminMfa} />
        <SelfAssignForm allowed={settings.selfAssign} />
        <section className="space-y-2">
          <h2 className="font-medium">{t("settings.matrix")}</h2>
          <p className="text-xs text-zinc-500">{t("settings.matrixHint")}</p>
          <PriorityMatrixForm matrix={settings.priorityMatrix} />
        </section>
        <section className="space-y-2">
          <h2 className="font-medium">{t("settings.sla")}</h2>
          <SlaTargetsForm targets={settings.slaTargets} />
        </section>
        <RetentionForm retention={retention} />
      </div>
    </>
  );
}
