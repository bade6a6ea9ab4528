"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { sentence } from "@/lib/i18n/sentences";
import { formAction } from "@/lib/server/action";
import { linkRisk } from "@/lib/server/risks/link-risk";
import { createRisk } from "@/lib/server/risks/create-risk";
import { updateRisk } from "@/lib/server/risks/update-risk";
import { createRiskSchema, linkRiskSchema, updateRiskSchema } from "@/lib/validations/risk";

export const createRiskAction = formAction({ schema: createRiskSchema, permission: "risks.manage" }, async (input, actor) => {
  const risk = await createRisk({ actor, input });
  redirect(`/risks/${risk.code}`);
});

export const updateRiskAction = formAction({ schema: updateRiskSchema, permission: "risks.manage" }, async ({ riskId, version, ...input }, actor) => {
  const risk = await updateRisk({ actor, riskId, version, input });
  revalidatePath(`/risks/${risk.code}`);
  revalidatePath("/risks");
  return { message: "Risk saved; the change is in its history." };
});

export const linkRiskAction = formAction({ schema: linkRiskSchema, permission: "tickets.work" }, async (input, actor) => {
  await linkRisk({ actor, ...input });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: input.linked ? sentence("Risk linked to the ticket.") : sentence("Risk unlinked from the ticket.") };
});
