"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { addRexMeasure } from "@/lib/server/rex/add-rex-measure";
import { createRex } from "@/lib/server/rex/create-rex";
import { createRexFromTicket } from "@/lib/server/rex/create-rex-from-ticket";
import { publishRex } from "@/lib/server/rex/publish-rex";
import { rexWordsForRequest } from "@/lib/server/rex/rex-words-for-request";
import { updateRex } from "@/lib/server/rex/update-rex";
import { updateRexMeasure } from "@/lib/server/rex/update-rex-measure";
import { measureUpdateSchema, rexMeasureSchema } from "@/lib/validations/measures";
import { rexFieldsSchema, rexFromTicketSchema, rexIdSchema, updateRexSchema } from "@/lib/validations/rex";

export const createRexFromTicketAction = formAction({ schema: rexFromTicketSchema, permission: "rex.write" }, async ({ ticketId }, actor) => {
  const rex = await createRexFromTicket({ actor, ticketId, words: await rexWordsForRequest() });
  redirect(`/rex/${rex.id}`);
});

export const createRexAction = formAction({ schema: rexFieldsSchema, permission: "rex.write" }, async (input, actor) => {
  const rex = await createRex({ actor, input });
  redirect(`/rex/${rex.id}`);
});

export const updateRexAction = formAction({ schema: updateRexSchema, permission: "rex.write" }, async ({ rexId, version, ...input }, actor) => {
  await updateRex({ actor, rexId, version, input });
  revalidatePath(`/rex/${rexId}`);
  return { message: "Saved." };
});

export const publishRexAction = formAction({ schema: rexIdSchema, permission: "rex.publish" }, async ({ rexId }, actor) => {
  await publishRex({ actor, rexId });
  revalidatePath(`/rex/${rexId}`);
  return { message: "Published." };
});

export const addRexMeasureAction = formAction({ schema: rexMeasureSchema, permission: "rex.write" }, async (input, actor) => {
  await addRexMeasure({ actor, ...input });
  revalidatePath(`/rex/${input.rexId}`);
  return { message: "Measure added." };
});

export const updateRexMeasureAction = formAction({ schema: measureUpdateSchema, permission: "measures.update" }, async (input, actor) => {
  const { rexId } = await updateRexMeasure({ actor, ...input });
  revalidatePath(`/rex/${rexId}`);
  return { message: "Measure updated." };
});
