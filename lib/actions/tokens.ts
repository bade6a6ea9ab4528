"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/validations/api-token";

export const createApiTokenAction = formAction({ schema: createApiTokenSchema, permission: "administer" }, async (input, actor) => {
  const created = await createApiToken({ actor, input });
  revalidatePath("/admin/tokens");
  return { message: "Token \"{name}\" created.", values: { name: created.name }, data: { token: created.token } };
});

export const revokeApiTokenAction = formAction({ schema: revokeApiTokenSchema, permission: "administer" }, async (input, actor) => {
  await revokeApiToken({ actor, tokenId: input.tokenId });
  revalidatePath("/admin/tokens");
  return { message: "Token revoked." };
});
