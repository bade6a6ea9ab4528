"use server";

import { formAction } from "@/lib/server/action";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { changeOwnPasswordSchema } from "@/lib/validations/user";

export const changeOwnPasswordAction = formAction({ schema: changeOwnPasswordSchema, permission: "read" }, async (input, actor) => {
  await changeOwnPassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
  return { message: "Password changed. Sign in again with the new one." };
});
