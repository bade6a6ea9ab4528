"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestAddress } from "@/lib/auth/options";
import { formAction } from "@/lib/server/action";
import { confirmMfaEnrolment } from "@/lib/server/account/confirm-mfa-enrolment";
import { disableMfa } from "@/lib/server/account/disable-mfa";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { startMfaEnrolment } from "@/lib/server/account/start-mfa-enrolment";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { confirmMfaSchema, disableMfaSchema } from "@/lib/validations/auth";
import { changeOwnPasswordSchema } from "@/lib/validations/user";

const address = async () => requestAddress(Object.fromEntries((await headers()).entries()));

// Every signed-in person manages their own account: "read" is the least permission there is.
export const changeOwnPasswordAction = formAction({ schema: changeOwnPasswordSchema, permission: "read", duringMfaSetup: true }, async (input, actor) => {
  await changeOwnPassword({ actor, currentPassword: input.currentPassword, newPassword: input.newPassword });
  return { message: "Password changed. Sign in again with the new one." };
});

export const startMfaAction = formAction({ schema: z.object({}), permission: "read", duringMfaSetup: true }, async (_input, actor) => {
  return { data: await startMfaEnrolment({ actor }) };
});

export const confirmMfaAction = formAction({ schema: confirmMfaSchema, permission: "read", duringMfaSetup: true }, async (input, actor) => {
  // No revalidation: the panel shows the recovery codes first; "Done" reloads the account page.
  const { recoveryCodes } = await confirmMfaEnrolment({ actor, code: input.code, address: await address() });
  return { message: "Two-factor sign-in is on.", data: { recoveryCodes } };
});

export const disableMfaAction = formAction({ schema: disableMfaSchema, permission: "read" }, async (input, actor) => {
  await disableMfa({ actor, password: input.password, address: await address() });
  revalidatePath("/account");
  return { message: "Two-factor sign-in is off." };
});

export const signOutEverywhereAction = formAction({ schema: z.object({}), permission: "read", duringMfaSetup: true }, async (_input, actor) => {
  const ended = await signOutEverywhere({ actor, address: await address() });
  return ended === 1 ? { message: "This session ended; it was the only one." } : { message: "{count} sessions ended, this one included.", values: { count: ended } };
});
