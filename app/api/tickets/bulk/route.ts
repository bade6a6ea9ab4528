import { NextResponse } from "next/server";
import { readJsonBody } from "@/lib/http/read-json";
import { authedRoute } from "@/lib/server/route";
import { bulkAct } from "@/lib/server/tickets/bulk-act";
import { selectedTicketIds } from "@/lib/server/tickets/list-ticket-ids";
import { bulkRequestSchema } from "@/lib/validations/bulk";

export const dynamic = "force-dynamic";

/** One action on many tickets: 200 with what was done and what each ticket's rules refused, and why. */
export const POST = authedRoute({ permission: "tickets.bulk" }, async (request, { actor }) => {
  const { ticketIds, filter, ...action } = await readJsonBody(request, bulkRequestSchema);
  const ids = await selectedTicketIds({ actor, selection: { ticketIds, filter } });
  return NextResponse.json(await bulkAct({ actor, ticketIds: ids, ...action }));
});
