"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { updateQuorumPolicy } from "@/lib/server/settings/update-quorum-policy";
import { priorityMatrixFormSchema, quorumPolicySchema, slaTargetsFormSchema } from "@/lib/validations/settings";
import { requireAdminMfaFormSchema, selfAssignFormSchema } from "@/lib/validations/settings";
import { updateSetting } from "@/lib/server/settings/update-setting";

export const updateQuorumPolicyAction = formAction({ schema: z.object({ policy: quorumPolicySchema }), permission: "administer" }, async (input, actor) => {
  await updateQuorumPolicy({ actor, policy: input.policy });
  revalidatePath("/admin/settings");
  return { message: "Quorum policy saved." };
});

export const updatePriorityMatrixAction = formAction({ schema: priorityMatrixFormSchema, permission: "administer" }, async (matrix, actor) => {
  await updateSetting({ actor, key: "priorityMatrix", value: matrix });
  revalidatePath("/admin/settings");
  return { message: "Priority matrix saved; it applies from the next classification." };
});

export const updateSlaTargetsAction = formAction({ schema: slaTargetsFormSchema, permission: "administer" }, async (targets, actor) => {
  await updateSetting({ actor, key: "slaTargets", value: targets });
  revalidatePath("/admin/settings");
  return { message: "SLA targets saved." };
});

export const updateRequireAdminMfaAction = formAction({ schema: requireAdminMfaFormSchema, permission: "administer" }, async ({ requireAdminMfa }, actor) => {
  await updateSetting({ actor, key: "requireAdminMfa", value: requireAdminMfa });
  revalidatePath("/admin/settings");
  return requireAdminMfa ? { message: "Admins now need two-factor sign-in; those without it are asked to set it up." } : { message: "Two-factor sign-in is no longer required of admins." };
});

export const updateSelfAssignAction = formAction({ schema: selfAssignFormSchema, permission: "administer" }, async ({ selfAssign }, actor) => {
  await updateSetting({ actor, key: "selfAssign", value: selfAssign });
  revalidatePath("/admin/settings");
  return selfAssign ? { message: "Technicians may take unassigned tickets for themselves." } : { message: "Only admins assign tickets now." };
});
