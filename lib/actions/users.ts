"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { createUser } from "@/lib/server/users/create-user";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserActive } from "@/lib/server/users/set-user-active";
import { resetUserMfa } from "@/lib/server/users/reset-user-mfa";
import { resetUserPassword } from "@/lib/server/users/reset-user-password";
import { changeRoleSchema, createUserSchema, setActiveSchema, userIdSchema } from "@/lib/validations/user";

export const createUserAction = formAction({ schema: createUserSchema, permission: "administer" }, async (input, actor) => {
  const { user, password } = await createUser({ actor, input });
  revalidatePath("/admin/users");
  return { message: "Account created for {email}.", values: { email: user.email }, data: { password } };
});

export const changeRoleAction = formAction({ schema: changeRoleSchema, permission: "administer" }, async (input, actor) => {
  await changeUserRole({ actor, ...input });
  revalidatePath("/admin/users");
  return { message: "Role changed." };
});

export const setActiveAction = formAction({ schema: setActiveSchema, permission: "administer" }, async (input, actor) => {
  await setUserActive({ actor, ...input });
  revalidatePath("/admin/users");
  return input.active ? { message: "Account reactivated." } : { message: "Account deactivated; its sessions have ended." };
});

export const resetPasswordAction = formAction({ schema: userIdSchema, permission: "administer" }, async (input, actor) => {
  const { password } = await resetUserPassword({ actor, userId: input.userId });
  return { message: "Password reset; the user's sessions have ended.", data: { password } };
});

export const resetMfaAction = formAction({ schema: userIdSchema, permission: "administer" }, async (input, actor) => {
  await resetUserMfa({ actor, userId: input.userId });
  revalidatePath("/admin/users");
  return { message: "Two-factor sign-in reset; the user's sessions have ended." };
});
