import type { Metadata } from "next";
import { ChannelsPanel } from "@/components/oncall/channels-panel";
import { EscalationPolicyForm } from "@/components/oncall/escalation-policy-form";
import { OnCallNow } from "@/components/oncall/on-call-now";
import { Overrides } from "@/components/oncall/overrides";
import { RotationForm } from "@/components/oncall/rotation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getOnCall } from "@/lib/server/oncall/get-on-call";

export const metadata: Metadata = { title: "On call" };

export default async function OnCallPage() {
  const actor = await requireActor();
  const view = await getOnCall({ actor });
  return (
    <>
      <PageHeader title="On call" description="Who answers when nobody acknowledges an incident (risk R2): the rotation, overrides, and the escalation to the next person and then all admins." />
      <div className="space-y-8">
        <OnCallNow view={view} />
        <Overrides view={view} actorId={actor.id} />
        {view.canManage ? (
          <>
            <RotationForm view={view} />
            <EscalationPolicyForm view={view} />
            <ChannelsPanel view={view} />
          </>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Turns: {view.members.map((m) => m.name).join(" → ") || "no rotation yet"}{view.rotation ? `, handed over ${view.rotation.handOver === "daily" ? "daily" : "weekly"} at ${view.rotation.handOverTime}` : ""}.
          </p>
        )}
      </div>
    </>
  );
}
