import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";

// Frames only from the configured Grafana (the Dashboards page embeds it); nobody frames Vigie.
function contentSecurityPolicy(): string {
  let grafana = "";
  try {
    grafana = process.env.GRAFANA_URL ? new URL(process.env.GRAFANA_URL).origin : "";
  } catch {
    grafana = "";
  }
  return `frame-src 'self'${grafana ? ` ${grafana}` : ""}; frame-ancestors 'none'`;
}

// First line only: it sends anonymous visitors to sign in. Every page, action and route checks again.
export default withAuth(
  function proxy() {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy());
    response.headers.set("X-Content-Type-Options", "nosniff");
    return response;
  },
  { pages: { signIn: "/signin" } },
);

export const config = {
  matcher: ["/((?!api/|signin|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
