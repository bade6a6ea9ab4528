import { z } from "zod";
import { roles } from "@/lib/auth/roles";
import { emailSchema, newPasswordSchema } from "./auth";

// Shared by the admin's user forms and the server actions.
export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(roles, { error: "Choose a role." }),
});

export const changeRoleSchema = z.object({
  userId: z.uuid(),
  role: z.enum(roles, { error: "Choose a role." }),
});

export const userIdSchema = z.object({ userId: z.uuid() });

export const setActiveSchema = z.object({
  userId: z.uuid(),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });

export type CreateUserInput = z.infer<typeof createUserSchema>;
