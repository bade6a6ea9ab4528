import { NextResponse } from "next/server";
import { receiveDelivery } from "@/lib/server/alerts/receive-delivery";

export const dynamic = "force-dynamic";

// The Alertmanager webhook. In production scripts/server.mjs answers it before Next's router (serveWebhook, the
// same use case): this handler serves `npm run dev`, and any server that did not install that shortcut.
export async function POST(request: Request) {
  const { status, body, headers } = await receiveDelivery({
    authorization: request.headers.get("authorization"),
    userAgent: request.headers.get("user-agent"),
    contentLength: request.headers.get("content-length"),
    body: request.body,
  });
  return NextResponse.json(body, { status, headers });
}
