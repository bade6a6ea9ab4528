"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/action";
import { updateQuorumPolicy } from "@/lib/server/settings/update-quorum-policy";
import { quorumPolicySchema } from "@/lib/validations/settings";

export const updateQuorumPolicyAction = formAction({ schema: z.object({ policy: quorumPolicySchema }), roles: ["ADMIN"] }, async (input, actor) => {
  await updateQuorumPolicy({ actor, policy: input.policy });
  revalidatePath("/admin/settings");
  return { message: "Quorum policy saved." };
});
