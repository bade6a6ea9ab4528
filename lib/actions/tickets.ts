"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isLocale } from "@/lib/i18n/locales";
import { translateSentence } from "@/lib/i18n/sentences";
import { formAction } from "@/lib/server/action";
import { addFollowUp } from "@/lib/server/lifecycle/add-follow-up";
import { addMeasure } from "@/lib/server/lifecycle/add-measure";
import { reportIncident } from "@/lib/server/lifecycle/report-incident";
import { transitionTicket } from "@/lib/server/lifecycle/transition-ticket";
import { updateMeasure } from "@/lib/server/lifecycle/update-measure";
import { followUpSchema, reportIncidentSchema, ticketIdSchema, transitionRequestSchema } from "@/lib/validations/lifecycle";
import { acknowledgeTicket } from "@/lib/server/lifecycle/acknowledge-ticket";
import { takeTicket } from "@/lib/server/lifecycle/take-ticket";
import { bulkAct, type BulkResult } from "@/lib/server/tickets/bulk-act";
import { selectedTicketIds } from "@/lib/server/tickets/list-ticket-ids";
import { bulkFormSchema } from "@/lib/validations/bulk";
import { measureSchema, measureUpdateSchema } from "@/lib/validations/measures";

// A ticket's page is read at its number (or an old id link, redirected): revalidate the route, not one address.
const ticketPage = "/tickets/[id]";
const withTicket = transitionRequestSchema.and(z.object({ ticketId: z.uuid() }));

export const reportIncidentAction = formAction({ schema: reportIncidentSchema, permission: "tickets.report" }, async (input, actor) => {
  const ticket = await reportIncident({ actor, input });
  redirect(`/tickets/${ticket.number}`);
});

// Any reader reaches the use case; the lifecycle decides who may perform which transition.
export const transitionAction = formAction({ schema: withTicket, permission: "read" }, async (input, actor) => {
  const { ticketId, ...request } = input;
  await transitionTicket({ ticketId, actor, request });
  revalidatePath(ticketPage, "page");
  return { message: "Done." };
});

export const followUpAction = formAction({ schema: followUpSchema, permission: "tickets.work" }, async (input, actor) => {
  await addFollowUp({ actor, ticketId: input.ticketId, body: input.body });
  revalidatePath(ticketPage, "page");
  return { message: "Follow-up added." };
});

export const addMeasureAction = formAction({ schema: measureSchema, permission: "measures.add" }, async (input, actor) => {
  await addMeasure({ actor, ...input });
  revalidatePath(ticketPage, "page");
  return { message: "Measure added." };
});

export const updateMeasureAction = formAction({ schema: measureUpdateSchema, permission: "measures.update" }, async (input, actor) => {
  await updateMeasure({ actor, ...input });
  revalidatePath(ticketPage, "page");
  return { message: "Measure updated." };
});

export const acknowledgeAction = formAction({ schema: ticketIdSchema, permission: "tickets.acknowledge" }, async ({ ticketId }, actor) => {
  await acknowledgeTicket({ ticketId, actor });
  revalidatePath(ticketPage, "page");
  return { message: "Acknowledged: the team knows you are on it." };
});

export const takeAction = formAction({ schema: ticketIdSchema, permission: "tickets.work" }, async ({ ticketId, version }, actor) => {
  await takeTicket({ ticketId, actor, expectedVersion: version });
  revalidatePath(ticketPage, "page");
  return { message: "It is yours." };
});

/** The list's bulk bar: one request, each ticket through its own rules; the answer lists the refusals. */
export const bulkAction = formAction({ schema: bulkFormSchema, permission: "tickets.bulk" }, async ({ payload }, actor): Promise<{ data: BulkResult }> => {
  const { ticketIds, filter, ...action } = payload;
  const result = await bulkAct({ actor, ticketIds: await selectedTicketIds({ actor, selection: { ticketIds, filter } }), ...action });
  revalidatePath("/tickets");
  // The list shows what was done and each refusal, in the person's language.
  const locale = await getLocale().then((l) => (isLocale(l) ? l : "en"), () => "en" as const);
  return { data: { ...result, refused: result.refused.map((r) => ({ ...r, reason: translateSentence(r.sentence ?? r.reason, locale, r.values) })) } };
});
