"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { addFollowUp } from "@/lib/server/lifecycle/add-follow-up";
import { addMeasure } from "@/lib/server/lifecycle/add-measure";
import { reportIncident } from "@/lib/server/lifecycle/report-incident";
import { transitionTicket } from "@/lib/server/lifecycle/transition-ticket";
import { updateMeasure } from "@/lib/server/lifecycle/update-measure";
import { followUpSchema, reportIncidentSchema, transitionRequestSchema } from "@/lib/validations/lifecycle";
import { measureSchema, measureUpdateSchema } from "@/lib/validations/measures";

const withTicket = transitionRequestSchema.and(z.object({ ticketId: z.uuid() }));

export const reportIncidentAction = formAction({ schema: reportIncidentSchema, permission: "tickets.report" }, async (input, actor) => {
  const ticket = await reportIncident({ actor, input });
  redirect(`/tickets/${ticket.id}`);
});

// Any reader reaches the use case; the lifecycle decides who may perform which transition.
export const transitionAction = formAction({ schema: withTicket, permission: "read" }, async (input, actor) => {
  const { ticketId, ...request } = input;
  await transitionTicket({ ticketId, actor, request });
  revalidatePath(`/tickets/${ticketId}`);
  return { message: "Done." };
});

export const followUpAction = formAction({ schema: followUpSchema, permission: "tickets.work" }, async (input, actor) => {
  await addFollowUp({ actor, ticketId: input.ticketId, body: input.body });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: "Follow-up added." };
});

export const addMeasureAction = formAction({ schema: measureSchema, permission: "measures.add" }, async (input, actor) => {
  await addMeasure({ actor, ...input });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: "Measure added." };
});

export const updateMeasureAction = formAction({ schema: measureUpdateSchema, permission: "measures.update" }, async (input, actor) => {
  const updated = await updateMeasure({ actor, ...input });
  revalidatePath(`/tickets/${updated.ticketId}`);
  return { message: "Measure updated." };
});
