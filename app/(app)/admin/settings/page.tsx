import type { Metadata } from "next";
import { PriorityMatrixForm, SlaTargetsForm } from "@/components/settings/matrix-tables";
import { QuorumForm } from "@/components/settings/quorum-form";
import { RequireMfaForm } from "@/components/settings/require-mfa-form";
import { SelfAssignForm } from "@/components/settings/self-assign-form";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { getTeamSettings } from "@/lib/server/settings/get-team-settings";

export const metadata: Metadata = { title: "Team settings" };

export default async function SettingsPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const settings = await getTeamSettings({ actor });
  return (
    <>
      <PageHeader title="Team settings" description="How the admin group validates, how admins sign in, and how priority and service levels are computed." />
      <div className="space-y-8">
        <QuorumForm policy={settings.quorumPolicy} />
        <RequireMfaForm required={settings.requireAdminMfa} />
        <SelfAssignForm allowed={settings.selfAssign} />
        <section className="space-y-2">
          <h2 className="font-medium">Priority matrix</h2>
          <p className="text-xs text-zinc-500">Impact × urgency → priority, GLPI&apos;s 5×5 by default; &quot;major&quot; (P6) where you choose. Applies from the next classification.</p>
          <PriorityMatrixForm matrix={settings.priorityMatrix} />
        </section>
        <section className="space-y-2">
          <h2 className="font-medium">SLA targets</h2>
          <SlaTargetsForm targets={settings.slaTargets} />
        </section>
      </div>
    </>
  );
}
