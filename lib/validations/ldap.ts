import { z } from "zod";

// Shared by the LDAP sign-in form and the server. An empty password must never reach the directory: LDAP
// treats a simple bind with a DN and no password as an unauthenticated bind, which succeeds (RFC 4513 5.1.2).
export const ldapSignInSchema = z.object({
  username: z.string().trim().min(1, "Enter your username.").max(256),
  password: z.string().min(1, "Enter your password.").max(1024),
});
