"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { addRexFollowUp, createRex, createRexFromTicket, publishRex, setRexFollowUpState, updateRex } from "@/lib/server/rex/write-rex";
import { rexFieldsSchema, rexFollowUpSchema, rexFollowUpStateSchema, rexFromTicketSchema, rexIdSchema, updateRexSchema } from "@/lib/validations/rex";

const writers = ["ADMIN", "TECHNICIAN"] as const;

export const createRexFromTicketAction = formAction({ schema: rexFromTicketSchema, roles: writers }, async ({ ticketId }, actor) => {
  const rex = await createRexFromTicket({ actor, ticketId });
  redirect(`/rex/${rex.id}`);
});

export const createRexAction = formAction({ schema: rexFieldsSchema, roles: writers }, async (input, actor) => {
  const rex = await createRex({ actor, input });
  redirect(`/rex/${rex.id}`);
});

export const updateRexAction = formAction({ schema: updateRexSchema, roles: writers }, async ({ rexId, version, ...input }, actor) => {
  await updateRex({ actor, rexId, version, input });
  revalidatePath(`/rex/${rexId}`);
  return { message: "Saved." };
});

export const publishRexAction = formAction({ schema: rexIdSchema, roles: ["ADMIN"] }, async ({ rexId }, actor) => {
  await publishRex({ actor, rexId });
  revalidatePath(`/rex/${rexId}`);
  return { message: "Published." };
});

export const addRexFollowUpAction = formAction({ schema: rexFollowUpSchema, roles: writers }, async (input, actor) => {
  await addRexFollowUp({ actor, ...input });
  revalidatePath(`/rex/${input.rexId}`);
  return { message: "Follow-up action added." };
});

export const setRexFollowUpStateAction = formAction({ schema: rexFollowUpStateSchema, roles: writers }, async (input, actor) => {
  await setRexFollowUpState({ actor, ...input });
  revalidatePath("/rex/[id]", "page");
  return { message: "Updated." };
});
