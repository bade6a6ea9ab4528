import type { Role } from "./roles";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
    /** The server-side Session row (lib/server/sessions). */
    sessionId?: string;
    /** From a directory (OIDC): the role its groups give, or null when they give none. */
    directoryRole?: Role | null;
    emailVerified?: boolean;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role; sessionVersion: number };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    sessionVersion?: number;
    sid?: string;
  }
}
