import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { pageContentSecurityPolicy } from "@/scripts/lib/security-headers.mjs";
import { isPublicPath } from "@/lib/auth/public-paths";

function grafanaOrigin(): string | null {
  try {
    return process.env.GRAFANA_URL ? new URL(process.env.GRAFANA_URL).origin : null;
  } catch {
    return null;
  }
}

// Pages get a CSP with a nonce of their own. Next reads the nonce from the request's CSP header and puts it on
// the scripts it renders; every other header comes from scripts/server.mjs.
function withPageHeaders(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageContentSecurityPolicy({ nonce, grafanaOrigin: grafanaOrigin(), dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Sends anonymous visitors to sign in (undefined: let the request through). It is only the first line: every
// page, action and route checks again.
const requireSignIn = withAuth({ pages: { signIn: "/signin" } });

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // The platform's users have no account: the status pages are public, with the same CSP.
  if (isPublicPath(request.nextUrl.pathname)) return withPageHeaders(request);
  const redirect = await requireSignIn(request as NextRequestWithAuth, event);
  return redirect ?? withPageHeaders(request);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
