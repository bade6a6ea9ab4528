import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validations/ids";
import { decideTransition, type TransitionContext, type TransitionName } from "@/lib/domain/lifecycle/transitions";
import type { Step } from "@/lib/domain/lifecycle/steps";
import type { EventType } from "@/lib/domain/timeline";
import type { EmailDraft } from "@/lib/server/mail/enqueue-email";
import { notify } from "@/lib/server/notifications/notify";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import { getSettings } from "@/lib/server/settings/get-settings";

export type LockedTicket = Prisma.TicketGetPayload<{ include: { measures: { select: { state: true } } } }>;

export type TransitionPlan = {
  /** Fields to change besides the step (the step, version and timing are handled here). */
  data?: Prisma.TicketUncheckedUpdateInput;
  event: { type: EventType; data?: Prisma.InputJsonValue };
  emails?: EmailDraft[];
  /** Work in the same transaction before the ticket is written (e.g. record a vote). */
  before?: (tx: Prisma.TransactionClient) => Promise<void>;
};

const decisionError = { STEP: "CONFLICT", ROLE: "FORBIDDEN", DATA: "INVALID_INPUT" } as const;

// A solution and its validation are a person's word: API tokens may register, classify, assign, close, reopen.
const peopleOnly: readonly TransitionName[] = ["recordSolution", "requestValidation", "approve", "refuse"];

/**
 * The one path by which a person moves a ticket: lock it, check the version the form was built on, ask the
 * lifecycle module, then write the ticket, the time spent in the step it leaves, its timeline event and its
 * emails in ONE transaction.
 */
export async function runTransition(options: {
  ticketId: string;
  actor: Actor;
  transition: TransitionName;
  input: Record<string, unknown>;
  expectedVersion?: number;
  plan: (ticket: LockedTicket, to: Step, tx: Prisma.TransactionClient) => Promise<TransitionPlan>;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  if (options.actor.kind !== "user" && peopleOnly.includes(options.transition)) {
    throw new AppError("FORBIDDEN", "Solutions and their validation are recorded by people, not API tokens.");
  }
  if (!isId(options.ticketId)) throw new AppError("NOT_FOUND", "No such ticket.");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${options.ticketId}::uuid FOR UPDATE`;
    const ticket = await tx.ticket.findUnique({ where: { id: options.ticketId }, include: { measures: { select: { state: true } } } });
    if (!ticket) throw new AppError("NOT_FOUND", "No such ticket.");
    if (options.expectedVersion !== undefined && options.expectedVersion !== ticket.version) {
      throw new AppError("CONFLICT", "Someone changed this ticket meanwhile; here is its current state. Check it and try again.", {
        current: { step: ticket.step, version: ticket.version },
      });
    }

    const context: TransitionContext = {
      step: ticket.step,
      actor: { id: options.actor.id, role: options.actor.role },
      assigneeId: ticket.assigneeId,
      solverId: ticket.solverId,
      measures: ticket.measures,
    };
    // A technician taking a ticket for himself: the team decides whether that is allowed.
    if (options.transition === "assign" && options.actor.role !== "ADMIN") context.selfAssign = (await getSettings(tx)).selfAssign;
    if (options.transition === "approve") {
      const [settings, admins, votes] = await Promise.all([
        getSettings(tx),
        tx.user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } }),
        tx.validationVote.findMany({ where: { ticketId: ticket.id, round: ticket.validationRound, decision: "APPROVE" }, select: { adminId: true } }),
      ]);
      context.quorum = { policy: settings.quorumPolicy, activeAdminIds: admins.map((a) => a.id), approverIds: votes.map((v) => v.adminId) };
    }
    const decision = decideTransition(options.transition, context, options.input);
    if (!decision.ok) throw new AppError(decisionError[decision.code], decision.reason, { values: decision.values });

    const plan = await options.plan(ticket, decision.to, tx);
    await plan.before?.(tx);
    const stepChanges = decision.to !== ticket.step;
    const updated = await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        ...plan.data,
        step: decision.to,
        version: { increment: 1 },
        ...(stepChanges ? { stepChangedAt: now } : {}),
      },
    });
    if (stepChanges) {
      await tx.stepSpan.create({
        data: { ticketId: ticket.id, step: ticket.step, enteredAt: ticket.stepChangedAt, leftAt: now, seconds: Math.round((now.getTime() - ticket.stepChangedAt.getTime()) / 1000) },
      });
    }
    await recordEvents(tx, eventActor(options.actor), [
      { ticketId: ticket.id, type: plan.event.type, at: now, data: { from: ticket.step, to: decision.to, ...((plan.event.data as object) ?? {}) } },
    ]);
    // Each recipient as they chose (at once, digest, off), storm-limited: see notify.
    for (const email of plan.emails ?? []) await notify(tx, { ...email, ticketId: ticket.id }, { now });
    return updated;
  });
}
