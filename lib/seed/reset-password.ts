import type { PrismaClient } from "@/lib/db/client";
import { generatePassword, hashPassword } from "@/lib/auth/password";

/** The command line's password reset (scripts/reset-password.ts): local accounts only; logged as such. */
export async function resetPasswordFromCommandLine(db: PrismaClient, email: string): Promise<string> {
  const user = await db.user.findUnique({ where: { email } });
  if (!user) throw new Error(`No account ${email}. The accounts: ${(await db.user.findMany({ select: { email: true }, orderBy: { email: "asc" }, take: 20 })).map((u) => u.email).join(", ")}`);
  if (user.authSource !== "local") throw new Error(`${email} signs in through the directory (${user.authSource}): reset the password there.`);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 }, active: true } }),
    db.session.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date(), endReason: "password reset from the command line" } }),
    db.securityEvent.create({ data: { type: "password.reset", actorName: "command line (npm run reset-password)", subject: email } }),
  ]);
  return password;
}
