import { env } from "@/lib/env";

/** The app always runs with DATABASE_URL set: the start script sets it to the embedded database when absent. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("Invalid configuration: DATABASE_URL is not set (start Vigie with `npm start` for the embedded database)");
  return url;
}

/** Host and port of a connection string, without credentials: safe for messages. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
