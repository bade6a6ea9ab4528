import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret, env } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { authenticate } from "@/lib/server/auth/authenticate";
import { isAppError } from "@/lib/errors";
import type { Role } from "./roles";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  // Behind a trusted reverse proxy the first X-Forwarded-For entry is the client; otherwise Next's own value.
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  if (typeof value !== "string" || value === "") return "unknown";
  const parts = value.split(",").map((p) => p.trim());
  return (env().TRUST_PROXY ? parts[0] : parts[parts.length - 1]) || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          try {
            const user = await authenticate(prisma, {
              email: credentials?.email,
              password: credentials?.password,
              address: clientAddress(req?.headers),
            });
            return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth passes this message to the sign-in page; only AppError messages are safe to show.
            if (isAppError(error)) throw new Error(error.message);
            console.error("sign-in failed:", error);
            throw new Error("Signing in is unavailable right now. Try again in a minute.");
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid as string,
          email: token.email ?? "",
          name: token.name ?? "",
          role: token.role as Role,
          sessionVersion: token.sessionVersion as number,
        };
        return session;
      },
    },
  };
}
