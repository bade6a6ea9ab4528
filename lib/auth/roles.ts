// Roles and what they may broadly do. Client-safe: the UI uses the same labels.
export const roles = ["ADMIN", "TECHNICIAN", "OBSERVER"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  ADMIN: "Admin",
  TECHNICIAN: "Technician",
  OBSERVER: "Observer (SOC)",
};

export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}
