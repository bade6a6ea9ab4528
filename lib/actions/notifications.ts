"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { updateNotificationModes } from "@/lib/server/account/update-notification-modes";
import { notificationModesFormSchema } from "@/lib/validations/notifications";

export const updateNotificationModesAction = formAction({ schema: notificationModesFormSchema, permission: "read" }, async (modes, actor) => {
  await updateNotificationModes({ actor, modes });
  revalidatePath("/account");
  return { message: "Notification settings saved." };
});
