import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelsPanel } from "@/components/oncall/channels-panel";
import { EscalationPolicyForm } from "@/components/oncall/escalation-policy-form";
import { OnCallNow } from "@/components/oncall/on-call-now";
import { Overrides } from "@/components/oncall/overrides";
import { RotationForm } from "@/components/oncall/rotation-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getOnCall } from "@/lib/server/oncall/get-on-call";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("oncall"))("title") };
}

export default async function OnCallPage() {
  const actor = await requireActor();
  const [view, t] = await Promise.all([getOnCall({ actor }), getTranslations("oncall")]);
  const members = view.members.map((m) => m.name).join(" → ") || t("noRotation");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
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
            {view.rotation ? t(`turnsHandedOver.${view.rotation.handOver}`, { members, time: view.rotation.handOverTime }) : t("turns", { members })}
          </p>
        )}
      </div>
    </>
  );
}
