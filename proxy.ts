import { NextResponse, type NextRequest } from "next/server";
import { withAuth } from "next-auth/middleware";
import { pageContentSecurityPolicy } from "@/scripts/lib/security-headers.mjs";

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

// First line only: it sends anonymous visitors to sign in. Every page, action and route checks again.
export default withAuth(withPageHeaders, {
  pages: { signIn: "/signin" },
  callbacks: { authorized: ({ req, token }) => req.nextUrl.pathname === "/signin" || token !== null },
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
