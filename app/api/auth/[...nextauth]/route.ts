import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request: the secret is read at run time, not at build time.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };
