import { z } from "zod";

const uuid = z.uuid();

/** Record ids are UUIDs: anything else in a URL names nothing (404), and never reaches PostgreSQL's uuid cast. */
export function isId(value: string): boolean {
  return uuid.safeParse(value).success;
}
