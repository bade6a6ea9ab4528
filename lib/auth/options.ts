import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/lib/client-address.mjs";
import { authSecret, env, publicUrl } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { authenticate } from "@/lib/server/auth/authenticate";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { checkSession } from "@/lib/server/sessions/check-session";
import { endSession } from "@/lib/server/sessions/end-session";
import { startSession } from "@/lib/server/sessions/start-session";
import { isAppError } from "@/lib/errors";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { sentence, translateSentence } from "@/lib/i18n/sentences";
import { authenticateLdap } from "@/lib/server/directory/ldap-authenticate";
import { ldapDisplayName, ldapEnabled } from "@/lib/server/directory/ldap-config";
import { OIDC_PREFIX, oidcAuthProviders } from "@/lib/server/directory/oidc-providers";
import { provisionDirectoryUser } from "@/lib/server/directory/provision-user";
import type { Role } from "./roles";

// In next-auth's route handler the request's headers are in scope (OAuth callbacks get no `req`).
async function requestHeadersNow(): Promise<Record<string, string>> {
  try {
    const { headers } = await import("next/headers");
    return Object.fromEntries((await headers()).entries());
  } catch {
    return {};
  }
}
const requestAddressNow = async () => requestAddress(await requestHeadersNow());
const userAgentNow = async () => (await requestHeadersNow())["user-agent"] ?? "";

const header = (headers: Record<string, unknown> | undefined, name: string): string => {
  const value = headers?.[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : "";
};

/** Set by scripts/server.mjs from the socket (or the trusted proxy's hop); a client cannot choose it. */
export const requestAddress = (headers: Record<string, unknown> | undefined) => header(headers, CLIENT_ADDRESS_HEADER) || "unknown";

/** The language of a sign-in request (nobody is signed in yet): the remembered choice, else the browser's. */
export function requestLocale(headers: Record<string, unknown> | undefined): Locale {
  const cookie = header(headers, "cookie").split(";").map((c) => c.trim().split("=")).find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale({ cookie, acceptLanguage: header(headers, "accept-language"), fallback: env().VIGIE_DEFAULT_LOCALE });
}

/**
 * Sign-in errors, in the language of the request: an AppError's sentence is safe to show; anything else is
 * logged and replaced. MFA_REQUIRED is a code the form recognises, passed through untranslated.
 */
export function shown(error: unknown, what: string, locale: Locale): Error {
  if (isAppError(error)) return new Error(translateSentence(error.sentence, locale, error.details?.values));
  console.error(`${what} failed:`, error instanceof Error ? error.message : error);
  return new Error(translateSentence(sentence("Signing in is unavailable right now. Try again in a minute."), locale));
}

/** LDAP / Active Directory: username and password checked by the directory (lib/server/directory/ldap-*.ts). */
function ldapProvider() {
  return CredentialsProvider({
    id: "ldap",
    name: ldapDisplayName(),
    credentials: { username: { label: "Username", type: "text" }, password: { label: "Password", type: "password" } },
    async authorize(credentials, req) {
      const address = requestAddress(req?.headers);
      try {
        const user = await authenticateLdap(prisma, { username: credentials?.username, password: credentials?.password, address }, { breakGlass: env().BREAK_GLASS_EMAILS });
        const sessionId = await startSession(prisma, { userId: user.id, address, userAgent: header(req?.headers, "user-agent") });
        return { ...user, sessionId };
      } catch (error) {
        throw shown(error, "LDAP sign-in", requestLocale(req?.headers));
      }
    },
  });
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // Secure, __Secure- prefixed cookies whenever Vigie is served over https (HttpOnly and SameSite=Lax always).
    useSecureCookies: publicUrl().startsWith("https://"),
    // The cookie lives as long as the server-side session may; the Session row decides whether it still works.
    session: { strategy: "jwt", maxAge: Math.round(env().SESSION_MAX_AGE / 1000) },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Code", type: "text" },
        },
        async authorize(credentials, req) {
          const address = requestAddress(req?.headers);
          try {
            const user = await authenticate(prisma, { email: credentials?.email, password: credentials?.password, code: credentials?.code, address });
            const sessionId = await startSession(prisma, { userId: user.id, address, userAgent: header(req?.headers, "user-agent") });
            return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId };
          } catch (error) {
            // next-auth passes this message to the sign-in page; only AppError messages are safe to show.
            throw shown(error, "sign-in", requestLocale(req?.headers));
          }
        },
      }),
      ...(ldapEnabled() ? [ldapProvider()] : []),
      ...oidcAuthProviders(),
    ],
    callbacks: {
      // Directory sign-ins (OIDC): refused without a mapped role; otherwise the account is created or brought up to
      // date, and the session starts, before the cookie is written.
      async signIn({ user, account }) {
        if (account?.type !== "oauth") return true;
        const source = `oidc:${account.provider.slice(OIDC_PREFIX.length)}`;
        const address = await requestAddressNow();
        if (!user.directoryRole) {
          await recordSecurityEvent(prisma, { type: "signin.failed", subject: user.email ?? "", address, data: { source, reason: "no role" } });
          return "/signin?error=NoRole";
        }
        try {
          const stored = await provisionDirectoryUser(prisma, { source, externalId: user.id, email: user.email ?? "", name: user.name ?? "", role: user.directoryRole, emailVerified: user.emailVerified !== false }, { breakGlass: env().BREAK_GLASS_EMAILS, address });
          Object.assign(user, { id: stored.id, email: stored.email, name: stored.name, role: stored.role, sessionVersion: stored.sessionVersion });
          user.sessionId = await startSession(prisma, { userId: stored.id, address, userAgent: await userAgentNow() });
          await recordSecurityEvent(prisma, { type: "signin.succeeded", actor: stored, subject: stored.email, address, data: { source } });
          return true;
        } catch (error) {
          await recordSecurityEvent(prisma, { type: "signin.failed", subject: user.email ?? "", address, data: { source, reason: isAppError(error) ? error.message : "error" } });
          if (!isAppError(error)) console.error("directory sign-in failed:", error instanceof Error ? error.message : error);
          return isAppError(error) && error.code === "UNAUTHENTICATED" ? "/signin?error=DirectoryRefused" : "/signin?error=DirectoryUnavailable";
        }
      },
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
          token.sid = user.sessionId;
          return token;
        }
        // Every request that reads the session asks the server-side record: signed out, idle or too old ends it
        // (next-auth then clears the cookie and answers as signed out).
        if (!(await checkSession(prisma, token.sid))) throw new Error("session ended");
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
    events: {
      async signOut({ token }) {
        if (await endSession(prisma, token?.sid, "signed out")) {
          await recordSecurityEvent(prisma, { type: "signout", actor: token?.uid ? { id: token.uid, name: token.name ?? "" } : null, subject: token?.email ?? "" });
        }
      },
    },
    logger: {
      // A session that ended is ordinary: one line, not next-auth's stack trace.
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR" && String((metadata as { message?: string })?.message ?? metadata).includes("session ended")) return;
        console.error(`next-auth ${code}:`, metadata instanceof Error ? metadata.message : metadata);
      },
      warn(code) {
        console.warn(`next-auth ${code}`);
      },
      debug() {},
    },
  };
}
