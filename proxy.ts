import { withAuth } from "next-auth/middleware";

// First line only: it sends anonymous visitors to sign in. Every page, action and route checks again.
export default withAuth({ pages: { signIn: "/signin" } });

export const config = {
  matcher: ["/((?!api/|signin|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
