import type { Metadata } from "next";
import { PriorityMatrixTable, SlaTable } from "@/components/settings/matrix-tables";
import { QuorumForm } from "@/components/settings/quorum-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getTeamSettings } from "@/lib/server/settings/get-team-settings";

export const metadata: Metadata = { title: "Team settings" };

export default async function SettingsPage() {
  const actor = await requireActor(["ADMIN"]);
  const settings = await getTeamSettings({ actor });
  return (
    <>
      <PageHeader title="Team settings" description="How the admin group validates, and how priority and service levels are computed." />
      <div className="space-y-8">
        <QuorumForm policy={settings.quorumPolicy} />
        <section className="space-y-2">
          <h2 className="font-medium">Priority matrix (GLPI&apos;s default)</h2>
          <PriorityMatrixTable matrix={settings.priorityMatrix} />
        </section>
        <section className="space-y-2">
          <h2 className="font-medium">SLA targets</h2>
          <SlaTable targets={settings.slaTargets} />
        </section>
      </div>
    </>
  );
}
