import type { Role } from "./roles";

/** Who performs a use case: a signed-in person or an API token acting with a role. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  kind: "user" | "token";
  /** A signed-in admin the team requires to enrol a second factor, who has not yet. */
  mfaPending?: boolean;
  /** The language the person chose, if any. */
  locale?: string | null;
};
