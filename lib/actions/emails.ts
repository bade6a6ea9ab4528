"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { retryEmailNow } from "@/lib/server/mail/list-outbox";

export const retryEmailAction = formAction({ schema: z.object({ emailId: z.uuid() }), roles: ["ADMIN"] }, async (input, actor) => {
  await retryEmailNow({ actor, emailId: input.emailId });
  revalidatePath("/admin/emails");
  return { message: "It leaves at the next run (within 5 s)." };
});
