import { z } from "zod";
import { roles } from "@/lib/auth/roles";

// Shared by the admin's token form and the server action.
export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1, "Name the token after what uses it.").max(80),
    purpose: z.enum(["API", "ALERTMANAGER"], { error: "Choose what the token is for." }),
    role: z.enum(roles).optional().or(z.literal("").transform(() => undefined)),
    /** Days until the token stops working; empty: until revoked. */
    expiresInDays: z.coerce.number().int().min(1, "At least one day.").max(3_650).optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.purpose === "ALERTMANAGER" || v.role, { path: ["role"], message: "An API token acts with a role: choose one." });

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid() });
