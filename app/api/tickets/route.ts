import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { authedRoute } from "@/lib/server/route";
import { listTickets } from "@/lib/server/tickets/list-tickets";
import { searchParamsToObject, ticketListQuerySchema } from "@/lib/validations/tickets";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, async (request, { actor }) => {
  const parsed = ticketListQuerySchema.safeParse(searchParamsToObject(new URL(request.url).searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("INVALID_INPUT", `Invalid query: ${issue.path.join(".")} ${issue.message}`);
  }
  return NextResponse.json(await listTickets({ actor, query: parsed.data }));
});
