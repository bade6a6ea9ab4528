"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { addFollowUp } from "@/lib/server/lifecycle/add-follow-up";
import { addRemediationAction, updateRemediationAction } from "@/lib/server/lifecycle/remediation-actions";
import { transitionTicket } from "@/lib/server/lifecycle/transition-ticket";
import { followUpSchema, remediationActionSchema, remediationUpdateSchema, transitionRequestSchema } from "@/lib/validations/lifecycle";
import { z } from "zod";

const withTicket = transitionRequestSchema.and(z.object({ ticketId: z.uuid() }));

export const transitionAction = formAction({ schema: withTicket }, async (input, actor) => {
  const { ticketId, ...request } = input;
  await transitionTicket({ ticketId, actor, request });
  revalidatePath(`/tickets/${ticketId}`);
  return { message: "Done." };
});

export const followUpAction = formAction({ schema: followUpSchema, roles: ["ADMIN", "TECHNICIAN"] }, async (input, actor) => {
  await addFollowUp({ actor, ticketId: input.ticketId, body: input.body });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: "Follow-up added." };
});

export const addRemediationActionAction = formAction({ schema: remediationActionSchema, roles: ["ADMIN"] }, async (input, actor) => {
  await addRemediationAction({ actor, ...input });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: "Action added." };
});

export const updateRemediationActionAction = formAction({ schema: remediationUpdateSchema, roles: ["ADMIN", "TECHNICIAN"] }, async (input, actor) => {
  const updated = await updateRemediationAction({ actor, ...input });
  revalidatePath(`/tickets/${updated.ticketId}`);
  return { message: "Action updated." };
});
