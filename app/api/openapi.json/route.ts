import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api/openapi";
import { publicUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

/** The API's OpenAPI 3.1 document; public, like any API reference. */
export function GET() {
  return NextResponse.json(openApiDocument(publicUrl()));
}
