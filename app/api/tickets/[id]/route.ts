import { NextResponse } from "next/server";
import { authedRoute } from "@/lib/server/route";
import { getTicket } from "@/lib/server/tickets/get-ticket";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const { id } = await params;
  return NextResponse.json(await getTicket({ actor, ticketId: id }));
});
