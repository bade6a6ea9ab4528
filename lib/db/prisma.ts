import "server-only";
import { createPrismaClient, type PrismaClient } from "./client";
import { env } from "@/lib/env";
import { databaseUrl } from "./url";

// One client per process (Next.js dev reloads modules; a singleton avoids a pool per reload).
// Created on first use: `next build` imports server modules without any database configured.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl(), env().DATABASE_POOL_SIZE);
  return globalForPrisma.prisma;
}

export const prisma = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
