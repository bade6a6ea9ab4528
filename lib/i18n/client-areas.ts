import type { Messages } from "@/messages";

// Which message areas each part of the app sends to the browser. Client Components need their messages there,
// Server Components do not: sending every area (82 KB of English) in every page made each response ~90 KB
// heavier, the public status page 4× slower to serve. A test checks each Client Component's areas are listed.
type Area = keyof Messages;

export const clientAreas = {
  /** Pages outside any section (the 404 page): the frame only. */
  root: ["shell", "common"],
  /** The signed-in app: every area a Client Component uses there (the runbooks, the plan, the dashboards and the emails are rendered on the server). */
  app: ["shell", "common", "auth", "account", "admin", "tickets", "lifecycle", "silences", "risks", "rex", "metrics", "oncall", "status"],
  signin: ["shell", "common", "auth"],
  status: ["shell", "common", "status"],
} as const satisfies Record<string, readonly Area[]>;

export type ClientSection = keyof typeof clientAreas;

/** The messages of one section's areas, from the request's whole catalogue. */
export function clientMessages(all: Messages, section: ClientSection): Partial<Messages> {
  return Object.fromEntries(clientAreas[section].map((area) => [area, all[area]]));
}
