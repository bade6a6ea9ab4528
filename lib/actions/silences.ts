"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/server/action";
import { createMaintenanceWindow } from "@/lib/server/silences/create-maintenance-window";
import { expireMaintenanceWindow } from "@/lib/server/silences/expire-maintenance-window";
import { expireTicketSilence } from "@/lib/server/silences/expire-ticket-silence";
import { extendTicketSilence } from "@/lib/server/silences/extend-ticket-silence";
import { silenceTicket } from "@/lib/server/silences/silence-ticket";
import { expireMaintenanceSchema, expireSilenceSchema, extendSilenceSchema, maintenanceWindowSchema, silenceTicketSchema } from "@/lib/validations/silences";

export const silenceTicketAction = formAction({ schema: silenceTicketSchema, permission: "silences.manage" }, async (input, actor) => {
  await silenceTicket({ actor, ...input });
  revalidatePath(`/tickets/${input.ticketId}`);
  return { message: "Silenced in Alertmanager." };
});

export const extendSilenceAction = formAction({ schema: extendSilenceSchema, permission: "silences.manage" }, async (input, actor) => {
  const row = await extendTicketSilence({ actor, ...input });
  revalidatePath(`/tickets/${row.ticketId}`);
  return { message: "Silence extended." };
});

export const expireSilenceAction = formAction({ schema: expireSilenceSchema, permission: "silences.manage" }, async (input, actor) => {
  const { ticketId } = await expireTicketSilence({ actor, ...input });
  revalidatePath(`/tickets/${ticketId}`);
  return { message: "Silence expired." };
});

export const createMaintenanceWindowAction = formAction({ schema: maintenanceWindowSchema, permission: "silences.manage" }, async (input, actor) => {
  await createMaintenanceWindow({ actor, input });
  revalidatePath("/plan");
  return { message: "Maintenance window planned in Alertmanager." };
});

export const expireMaintenanceWindowAction = formAction({ schema: expireMaintenanceSchema, permission: "silences.manage" }, async (input, actor) => {
  await expireMaintenanceWindow({ actor, ...input });
  revalidatePath("/plan");
  return { message: "Maintenance window expired." };
});
