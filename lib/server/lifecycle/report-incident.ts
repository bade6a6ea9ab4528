import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { priorityOf, type Level } from "@/lib/domain/priority";
import { publicUrl } from "@/lib/env";
import { newIncidentEmail } from "@/lib/mail/templates";
import { activeAdminEmails } from "@/lib/server/mail/enqueue-email";
import { notify } from "@/lib/server/notifications/notify";
import { getSettings } from "@/lib/server/settings/get-settings";
import { eventActor, recordEvents } from "@/lib/server/timeline/record-events";
import type { reportIncidentSchema } from "@/lib/validations/lifecycle";

/** Step 1 by hand: anyone signed in, observers (SOC) included, reports an incident; the admins are emailed. */
export async function reportIncident({ actor, input }: { actor: Actor; input: z.infer<typeof reportIncidentSchema> }) {
  assertCan(actor, "tickets.report");
  return prisma.$transaction(async (tx) => {
    const { priorityMatrix } = await getSettings(tx);
    const ticket = await tx.ticket.create({
      data: {
        title: input.title,
        description: input.description,
        source: "MANUAL",
        urgency: input.urgency,
        priority: priorityOf(input.urgency as Level, null, priorityMatrix),
        category: input.category ?? null,
        reporterId: actor.kind === "user" ? actor.id : null,
      },
    });
    await recordEvents(tx, eventActor(actor), [{ ticketId: ticket.id, type: "ticket.registered", data: { source: "MANUAL" } }]);
    await notify(tx, { kind: "ticket.registered", to: await activeAdminEmails(tx), ticketId: ticket.id, ...newIncidentEmail(publicUrl(), ticket) });
    return ticket;
  });
}
