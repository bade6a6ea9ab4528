"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { updateRetention } from "@/lib/server/retention/update-retention";
import { retentionFormSchema } from "@/lib/validations/settings";

export const updateRetentionAction = formAction({ schema: retentionFormSchema, permission: "administer" }, async (input, actor) => {
  await updateRetention({ actor, ...input });
  revalidatePath("/admin/settings");
  return input.closedTicketDays === null
    ? { message: "Retention saved: closed tickets are kept for ever." }
    : { message: "Retention saved: closed tickets are deleted {days} days after closure.", values: { days: input.closedTicketDays } };
});
