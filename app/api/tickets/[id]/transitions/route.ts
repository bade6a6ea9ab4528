import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json";
import { transitionTicket } from "@/lib/server/lifecycle/transition-ticket";
import { authedRoute } from "@/lib/server/route";
import { ticketAt } from "@/lib/server/tickets/ticket-at";
import { transitionRequestSchema } from "@/lib/validations/lifecycle";

export const dynamic = "force-dynamic";

// Any signed-in reader reaches the use case; the lifecycle decides who may perform which transition.
/** Moves a ticket (by id or number) through the lifecycle: `{ "transition": "classify", "version": 0, ... }`. */
export const POST = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (request, { actor, params }) => {
  const { id } = await params;
  const transition = await readJsonBody(request, transitionRequestSchema);
  const ticket = await transitionTicket({ ticketId: (await ticketAt(id)).id, actor, request: transition });
  return NextResponse.json({ id: ticket.id, step: ticket.step, version: ticket.version, priority: ticket.priority });
});
