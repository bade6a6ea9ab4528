import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/server/route";
import { listTickets } from "@/lib/server/tickets/list-tickets";
import { searchParamsToObject, ticketListQuerySchema } from "@/lib/validations/tickets";
import { reportIncidentSchema } from "@/lib/validations/lifecycle";
import { reportIncident } from "@/lib/server/lifecycle/report-incident";
import { readJsonBody } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

export const GET = authedRoute({ permission: "read" }, async (request, { actor }) => {
  const parsed = ticketListQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("INVALID_INPUT", "Invalid query: {field} {problem}", { values: { field: issue.path.join("."), problem: issue.message } });
  }
  const list = await listTickets({ actor, query: parsed.data });
  const url = new URL(request.url);
  const headers = new Headers();
  if (list.nextCursor) {
    url.searchParams.delete("page");
    url.searchParams.set("cursor", list.nextCursor);
    headers.set("Link", `<${url.pathname}${url.search}>; rel="next"`);
  }
  // `page` past 1 is an OFFSET whose cost grows with the depth: said to clients (RFC 9745), the cursor is the way.
  if (parsed.data.page > 1 && !parsed.data.cursor) headers.set("Deprecation", "true");
  return NextResponse.json(list, { headers });
});

/** Registration by API: any role, as a token or a session. */
export const POST = authedRoute({ permission: "tickets.report" }, async (request, { actor }) => {
  const input = await readJsonBody(request, reportIncidentSchema);
  const ticket = await reportIncident({ actor, input });
  return NextResponse.json({ id: ticket.id, number: ticket.number, step: ticket.step, version: ticket.version }, { status: 201, headers: { Location: `/api/tickets/${ticket.id}` } });
});
