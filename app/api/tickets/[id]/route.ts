import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/route";
import { ticketAt } from "@/lib/server/tickets/ticket-at";
import { getTicket } from "@/lib/server/tickets/get-ticket";

export const dynamic = "force-dynamic";

/** A ticket by its id or its number. */
export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const { id } = await params;
  const { id: ticketId } = await ticketAt(id);
  return NextResponse.json(await getTicket({ actor, ticketId }));
});
