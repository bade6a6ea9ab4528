import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClass } from "@/components/ui/button";
import { HeartbeatPanel } from "@/components/tickets/heartbeat-panel";
import { TicketList } from "@/components/tickets/ticket-list";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getHeartbeat } from "@/lib/server/alerts/get-heartbeat";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage() {
  const actor = await requireActor();
  const now = new Date();
  const heartbeat = await getHeartbeat({ actor, now });
  return (
    <>
      <AutoRefresh everyMs={5_000} />
      <PageHeader
        title="Tickets"
        description="Incidents from Alertmanager, the heartbeat check, and people, through the plan's seven steps."
        actions={<Link href="/tickets/new" className={buttonClass()}>Report an incident</Link>}
      />
      <div className="space-y-4">
        <HeartbeatPanel heartbeat={heartbeat} now={now} />
        <Suspense>
          <TicketList />
        </Suspense>
      </div>
    </>
  );
}
