import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FollowUpForm } from "@/components/lifecycle/follow-up-form";
import { NextStepNote } from "@/components/lifecycle/next-step-note";
import { SlaPanel } from "@/components/lifecycle/sla-panel";
import { ValidationTally } from "@/components/lifecycle/validation-tally";
import { RiskLinks } from "@/components/risks/risk-links";
import { WriteRexButton } from "@/components/rex/write-rex-button";
import { TicketActions } from "@/components/lifecycle/ticket-actions";
import { AcknowledgePanel } from "@/components/lifecycle/acknowledge-panel";
import { DuplicateLinks } from "@/components/tickets/duplicate-links";
import { MeasureList } from "@/components/measures/measure-list";
import { AlertsTable } from "@/components/tickets/alerts-table";
import { PriorityBadge, SignalBadge, StepBadge } from "@/components/tickets/badges";
import { SolutionBlock } from "@/components/tickets/solution-block";
import { StepProgress } from "@/components/tickets/step-progress";
import { TicketFacts } from "@/components/tickets/ticket-facts";
import { Timeline } from "@/components/tickets/timeline";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { requireActor } from "@/lib/auth/guard";
import { orNotFound } from "@/lib/server/or-not-found";
import { ticketAt } from "@/lib/server/tickets/ticket-at";
import { getTicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";
import { getTicketSilences } from "@/lib/server/silences/get-ticket-silences";
import { TicketSilences } from "@/components/silences/ticket-silences";
import { TicketStatusPanel } from "@/components/status/ticket-status-panel";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("tickets");
  const { id } = await params;
  return { title: /^\d+$/.test(id) ? t("metaTitle", { number: id }) : undefined };
}

/** A ticket at its number (/tickets/52); an id (older links, emails) redirects there. */
export default async function TicketPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const { id: ticketId, number } = await orNotFound(ticketAt(id));
  if (id !== String(number)) redirect(`/tickets/${number}`);
  const [workspace, silences, t] = await Promise.all([orNotFound(getTicketWorkspace({ actor, ticketId })), getTicketSilences({ actor, ticketId }), getTranslations("tickets.page")]);
  const { ticket } = workspace;
  const closedRex = ticket.step === "CLOSURE" && workspace.canWork ? <WriteRexButton ticketId={ticket.id} exists={workspace.hasRex} variant="primary" /> : undefined;
  return (
    <article className="space-y-5">
      <AutoRefresh everyMs={15_000} />
      <header className="space-y-3 border-b border-zinc-200 pb-4 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-600 dark:text-zinc-400">
          <span className="font-mono">#{ticket.number}</span>
          <StepBadge step={ticket.step} />
          <PriorityBadge priority={ticket.priority} />
          <SignalBadge signal={ticket.signal} flapping={ticket.flapping} />
        </div>
        <h1 className="break-words text-xl font-semibold tracking-tight">{ticket.title}</h1>
        {ticket.description ? <p className="max-w-3xl whitespace-pre-line break-words text-zinc-700 dark:text-zinc-300">{ticket.description}</p> : null}
        {ticket.runbookUrl ? (
          <a href={ticket.runbookUrl} target={ticket.runbookUrl.startsWith("/") ? undefined : "_blank"} rel="noreferrer" className="inline-block text-sky-700 underline dark:text-sky-400">{t("runbook")}</a>
        ) : null}
        <StepProgress step={ticket.step} />
      </header>
      {/* One column on a phone, the next action first; the facts beside it from lg up. */}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          {workspace.transitions.length || closedRex ? <TicketActions workspace={workspace} main={closedRex} /> : <NextStepNote step={ticket.step} />}
          {ticket.step === "VALIDATION" ? <ValidationTally quorum={workspace.quorum} /> : null}
          <AcknowledgePanel workspace={workspace} />
          <DuplicateLinks ticket={ticket} />
          <SolutionBlock ticket={ticket} />
          <MeasureList kind="ticket" parentId={ticket.id} title={t("measures")} measures={ticket.measures} updatable={workspace.updatableMeasureIds} canAdd={workspace.canAddMeasure} people={workspace.assignable} />
          <section aria-labelledby="alerts">
            <h2 id="alerts" className="mb-2 font-medium">{t("alerts")}</h2>
            <AlertsTable alerts={ticket.alerts} />
          </section>
          <section aria-labelledby="timeline" className="space-y-3">
            <h2 id="timeline" className="font-medium">{t("timeline")}</h2>
            <Timeline events={ticket.events} />
            {workspace.canWork ? <FollowUpForm ticketId={ticket.id} /> : null}
          </section>
        </div>
        <aside className="min-w-0 space-y-3">
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
