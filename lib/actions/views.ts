"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { deleteView } from "@/lib/server/views/delete-view";
import { saveView } from "@/lib/server/views/save-view";
import { deleteViewSchema, saveViewSchema } from "@/lib/validations/views";

export const saveViewAction = formAction({ schema: saveViewSchema, permission: "read" }, async ({ name, query }, actor) => {
  await saveView({ actor, name, query });
  revalidatePath("/tickets");
  return { message: "View saved." };
});

export const deleteViewAction = formAction({ schema: deleteViewSchema, permission: "read" }, async ({ viewId }, actor) => {
  await deleteView({ actor, viewId });
  revalidatePath("/tickets");
  return { message: "View deleted." };
});
