import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { approvalsNeeded, countingApprovals } from "@/lib/domain/lifecycle/quorum";
import { decideAcknowledge } from "@/lib/domain/lifecycle/acknowledge";
import { availableTransitions, canTake, type TransitionContext } from "@/lib/domain/lifecycle/transitions";
import { can, canAddMeasure, canBeAssigned, canUpdateMeasure } from "@/lib/domain/permissions";
import { slaStatus } from "@/lib/domain/sla";
import { getSettings } from "@/lib/server/settings/get-settings";
import { getTicket } from "./get-ticket";

/** Everything the ticket page needs: the ticket, what this person may do now (permissions.ts), the SLA clocks, the quorum. */
export async function getTicketWorkspace({ actor, ticketId, now = new Date() }: { actor: Actor; ticketId: string; now?: Date }) {
  const ticket = await getTicket({ actor, ticketId });
  const [settings, people, risks, rex] = await Promise.all([
    getSettings(prisma),
    prisma.user.findMany({ where: { active: true }, select: { id: true, name: true, role: true }, orderBy: { name: "asc" } }),
    prisma.risk.findMany({ select: { code: true, description: true }, orderBy: { code: "asc" } }),
    prisma.rex.findUnique({ where: { ticketId }, select: { id: true } }),
  ]);
  const activeAdminIds = people.filter((p) => p.role === "ADMIN").map((p) => p.id);
  const roundVotes = ticket.votes.filter((v) => v.round === ticket.validationRound);
  const approvals = countingApprovals({ activeAdminIds, solverId: ticket.solverId, approverIds: roundVotes.filter((v) => v.decision === "APPROVE").map((v) => v.adminId) });
  const context: TransitionContext = {
    step: ticket.step,
    actor: { id: actor.id, role: actor.role },
    assigneeId: ticket.assigneeId,
    solverId: ticket.solverId,
    measures: ticket.measures,
    selfAssign: settings.selfAssign,
  };
  return {
    ticket,
    transitions: availableTransitions(context).filter((a) => !(a === "approve" || a === "refuse") || !roundVotes.some((v) => v.adminId === actor.id)),
    assignable: people.filter(canBeAssigned),
    sla: slaStatus(ticket, settings.slaTargets, now),
    /** Shown to everyone in validation: who approved, who may still vote, how many approvals are needed. */
    quorum: {
      policy: settings.quorumPolicy,
      approvals: approvals.length,
      needed: approvalsNeeded({ policy: settings.quorumPolicy, activeAdminIds, solverId: ticket.solverId }),
      approvers: people.filter((p) => approvals.includes(p.id)).map((p) => p.name),
      mayStillVote: people.filter((p) => p.role === "ADMIN" && p.id !== ticket.solverId && !roundVotes.some((v) => v.adminId === p.id)).map((p) => p.name),
      solver: ticket.solver?.name ?? null,
    },
    risks,
    hasRex: rex !== null,
    canWork: can(actor, "tickets.work"),
    /** "I'm on it" is offered. */
    canAcknowledge: decideAcknowledge({ actor, step: ticket.step, acknowledgedAt: ticket.acknowledgedAt }).ok,
    /** "Take it" is offered: a person, for whom the assign rule allows assigning himself. */
    canTake: actor.kind === "user" && ticket.assigneeId === null && canTake(context),
    canAddMeasure: canAddMeasure(actor, ticket),
    /** The measures this person may update now. */
    updatableMeasureIds: ticket.measures.filter((m) => canUpdateMeasure(actor, m, ticket)).map((m) => m.id),
  };
}

export type TicketWorkspace = Awaited<ReturnType<typeof getTicketWorkspace>>;
