"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/server/action";
import { reportIncident } from "@/lib/server/lifecycle/report-incident";
import { reportIncidentSchema } from "@/lib/validations/lifecycle";

export const reportIncidentAction = formAction({ schema: reportIncidentSchema }, async (input, actor) => {
  const ticket = await reportIncident({ actor, input });
  redirect(`/tickets/${ticket.id}`);
});
