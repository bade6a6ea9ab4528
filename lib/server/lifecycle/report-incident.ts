import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { eventActor } from "@/lib/server/timeline/record-events";
import type { reportIncidentSchema } from "@/lib/validations/lifecycle";
import { registerIncident } from "./register-incident";

/** Step 1 by hand: anyone signed in, observers (SOC) included, reports an incident; the admins are emailed. */
export async function reportIncident({ actor, input }: { actor: Actor; input: z.infer<typeof reportIncidentSchema> }) {
  assertCan(actor, "tickets.report");
  return prisma.$transaction((tx) =>
    registerIncident(
      tx,
      { title: input.title, description: input.description, source: "MANUAL", urgency: input.urgency, category: input.category ?? null, reporterId: actor.kind === "user" ? actor.id : null },
      eventActor(actor),
    ),
  );
}
