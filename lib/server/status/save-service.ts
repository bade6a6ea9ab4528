import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import type { ServiceInput } from "@/lib/validations/status";
import { bumpStatusVersion, forgetCachedStatus } from "./status-cache";

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === "P2002";

/** Admins define the platform's services as its users know them, and what links a ticket to each. */
export async function saveService({ actor, input }: { actor: Actor; input: ServiceInput }) {
  assertCan(actor, "status.manage");
  const data = { name: input.name, description: input.description, position: input.position, categories: input.categories, riskCodes: input.riskCodes, labelMatchers: input.labelMatchers };
  try {
    const service = await prisma.$transaction(async (tx) => {
      const saved = input.serviceId
        ? await tx.statusService.update({ where: { id: input.serviceId }, data }).catch((error: unknown) => {
            if ((error as { code?: string })?.code === "P2025") throw new AppError("NOT_FOUND", "No such service.");
            throw error;
          })
        : await tx.statusService.create({ data });
      await bumpStatusVersion(tx);
      return saved;
    });
    forgetCachedStatus();
    return service;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "A service named {name} exists already.", { values: { name: input.name }, fieldErrors: { name: ["Another name."] } });
    throw error;
  }
}

/** A service removed from the page; its incidents stay, without it. */
export async function deleteService({ actor, serviceId }: { actor: Actor; serviceId: string }) {
  assertCan(actor, "status.manage");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.statusService.deleteMany({ where: { id: serviceId } });
    if (count === 0) throw new AppError("NOT_FOUND", "No such service.");
    await bumpStatusVersion(tx);
  });
  forgetCachedStatus();
}
