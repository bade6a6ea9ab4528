import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { buttonClass } from "@/components/ui/button";
import { HeartbeatPanel } from "@/components/tickets/heartbeat-panel";
import { TicketList } from "@/components/tickets/ticket-list";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can, canBeAssigned } from "@/lib/domain/permissions";
import { getHeartbeat } from "@/lib/server/alerts/get-heartbeat";
import { listRisks } from "@/lib/server/risks/list-risks";
import { listPeople } from "@/lib/server/users/list-people";
import { listSavedViews } from "@/lib/server/views/list-saved-views";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.list"))("metaTitle") };
}

export default async function TicketsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  // A technician lands on his tickets and the unassigned ones; the address says so, so it can be changed and kept.
  if (actor.role === "TECHNICIAN" && Object.keys(await searchParams).length === 0) redirect("/tickets?assignee=me_or_none");
  const now = new Date();
  const t = await getTranslations("tickets.list");
  const [heartbeat, views, people, risks] = await Promise.all([getHeartbeat({ actor, now }), listSavedViews({ actor }), listPeople({ actor }), listRisks({ actor, now })]);
  return (
    <>
      <AutoRefresh everyMs={5_000} />
      <PageHeader
        title={t("metaTitle")}
        description={t("description")}
        actions={<Link href="/tickets/new" className={buttonClass()}>{t("report")}</Link>}
      />
      <div className="space-y-4">
        <HeartbeatPanel heartbeat={heartbeat} now={now} />
        <Suspense>
          <TicketList
            me={{ id: actor.id, role: actor.role }}
            people={people.filter(canBeAssigned)}
            risks={risks.map((r) => ({ code: r.code, description: r.description }))}
            views={views}
            canBulk={can(actor, "tickets.bulk")}
          />
        </Suspense>
      </div>
    </>
  );
}
