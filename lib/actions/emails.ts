"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { retryEmail } from "@/lib/server/mail/retry-email";

export const retryEmailAction = formAction({ schema: z.object({ emailId: z.uuid() }), permission: "administer" }, async (input, actor) => {
  await retryEmail({ actor, emailId: input.emailId });
  revalidatePath("/admin/emails");
  return { message: "It leaves at the next run (within 5 s)." };
});
