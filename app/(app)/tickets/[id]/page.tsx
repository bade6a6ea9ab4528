import type { Metadata } from "next";
import { FollowUpForm } from "@/components/lifecycle/follow-up-form";
import { SlaPanel } from "@/components/lifecycle/sla-panel";
import { RiskLinks } from "@/components/risks/risk-links";
import { WriteRexButton } from "@/components/rex/write-rex-button";
import { TicketActions } from "@/components/lifecycle/ticket-actions";
import { AcknowledgePanel } from "@/components/lifecycle/acknowledge-panel";
import { DuplicateLinks } from "@/components/tickets/duplicate-links";
import { MeasureList } from "@/components/measures/measure-list";
import { AlertsTable } from "@/components/tickets/alerts-table";
import { PriorityBadge, SignalBadge, StepBadge } from "@/components/tickets/badges";
import { SolutionBlock } from "@/components/tickets/solution-block";
import { TicketFacts } from "@/components/tickets/ticket-facts";
import { Timeline } from "@/components/tickets/timeline";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { requireActor } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/server/or-not-found";
import { getTicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";
import { getTicketSilences } from "@/lib/server/silences/get-ticket-silences";
import { TicketSilences } from "@/components/silences/ticket-silences";
import { TicketStatusPanel } from "@/components/status/ticket-status-panel";

export const metadata: Metadata = { title: "Ticket" };

export default async function TicketPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [workspace, silences] = await Promise.all([orNotFound(getTicketWorkspace({ actor, ticketId: id })), getTicketSilences({ actor, ticketId: id })]);
  const { ticket } = workspace;
  return (
    <article className="space-y-5">
      <AutoRefresh everyMs={15_000} />
      <header className="border-b border-zinc-200 pb-4 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-500">
          <span className="font-mono">#{ticket.number}</span>
          <StepBadge step={ticket.step} />
          <PriorityBadge priority={ticket.priority} />
          <SignalBadge signal={ticket.signal} flapping={ticket.flapping} />
        </div>
        <h1 className="mt-2 text-xl font-semibold tracking-tight">{ticket.title}</h1>
        {ticket.description ? <p className="mt-2 max-w-3xl whitespace-pre-line text-zinc-700 dark:text-zinc-300">{ticket.description}</p> : null}
        {ticket.runbookUrl ? (
          <a href={ticket.runbookUrl} target={ticket.runbookUrl.startsWith("/") ? undefined : "_blank"} rel="noreferrer" className="mt-2 inline-block text-sky-700 underline dark:text-sky-400">Runbook</a>
        ) : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0 space-y-6">
          <AcknowledgePanel workspace={workspace} />
          <DuplicateLinks ticket={ticket} />
          <TicketActions workspace={workspace} />
          {ticket.step === "CLOSURE" && workspace.canWork ? <WriteRexButton ticketId={ticket.id} exists={workspace.hasRex} /> : null}
          <SolutionBlock ticket={ticket} />
          <MeasureList kind="ticket" parentId={ticket.id} title="Remediation measures" measures={ticket.measures} updatable={workspace.updatableMeasureIds} canAdd={workspace.canAddMeasure} people={workspace.assignable} />
          <section aria-labelledby="alerts">
            <h2 id="alerts" className="mb-2 font-medium">Alerts</h2>
            <AlertsTable alerts={ticket.alerts} />
          </section>
          <section aria-labelledby="timeline" className="space-y-3">
            <h2 id="timeline" className="font-medium">Timeline</h2>
            <Timeline events={ticket.events} />
            {workspace.canWork ? <FollowUpForm ticketId={ticket.id} /> : null}
          </section>
        </div>
        <aside className="space-y-3">
          <SlaPanel sla={workspace.sla} />
          {silences ? <TicketSilences data={silences} /> : null}
          <TicketStatusPanel ticketId={ticket.id} />
          <RiskLinks ticketId={ticket.id} linked={ticket.riskCodes} risks={workspace.risks} canEdit={workspace.canWork} />
          <TicketFacts ticket={ticket} />
        </aside>
      </div>
    </article>
  );
}
