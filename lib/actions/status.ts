"use server";

import { revalidatePath } from "next/cache";
import { sentence } from "@/lib/i18n/sentences";
import { formAction } from "@/lib/server/action";
import { judgeReport } from "@/lib/server/status/judge-report";
import { postPublicUpdate } from "@/lib/server/status/post-public-update";
import { deleteService, saveService } from "@/lib/server/status/save-service";
import { setPublicReports } from "@/lib/server/status/set-public-reports";
import { publicReportsFormSchema, publicUpdateSchema, reportJudgementSchema, serviceIdSchema, serviceSchema } from "@/lib/validations/status";

export const saveServiceAction = formAction({ schema: serviceSchema, permission: "status.manage" }, async (input, actor) => {
  await saveService({ actor, input });
  revalidatePath("/admin/status");
  return { message: "Service saved." };
});

export const deleteServiceAction = formAction({ schema: serviceIdSchema, permission: "status.manage" }, async ({ serviceId }, actor) => {
  await deleteService({ actor, serviceId });
  revalidatePath("/admin/status");
  return { message: "Service removed from the status page." };
});

export const setPublicReportsAction = formAction({ schema: publicReportsFormSchema, permission: "status.manage" }, async ({ publicReports }, actor) => {
  await setPublicReports({ actor, enabled: publicReports });
  revalidatePath("/admin/status");
  return publicReports ? { message: "Visitors may report a problem from the status page." } : { message: "The report form is turned off." };
});

export const postPublicUpdateAction = formAction({ schema: publicUpdateSchema, permission: "status.manage" }, async (input, actor) => {
  const { declared } = await postPublicUpdate({ actor, input });
  revalidatePath(`/tickets/${input.ticketId}`);
  return declared ? { message: "Declared on the status page." } : { message: "Public update posted." };
});

const judged = {
  confirm: sentence("Report confirmed."),
  spam: sentence("Marked as spam and closed."),
  followUpdates: sentence("The reporter will be emailed the public updates."),
  stopUpdates: sentence("The reporter will no longer be emailed."),
};

export const judgeReportAction = formAction({ schema: reportJudgementSchema, permission: "status.manage" }, async ({ ticketId, judgement }, actor) => {
  await judgeReport({ actor, ticketId, judgement });
  revalidatePath(`/tickets/${ticketId}`);
  return { message: judged[judgement] };
});
