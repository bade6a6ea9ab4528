import type { Role } from "@/lib/auth/roles";

// A directory account's role, from its groups: the mapping says which groups give which role; the strongest
// role wins; someone in no mapped group gets the default role, or is refused when there is none. Pure.
export type RoleMapping = { groups: Record<Role, readonly string[]>; defaultRole: Role | null };

const strongestFirst: readonly Role[] = ["ADMIN", "TECHNICIAN", "OBSERVER"];

/** Group names compare without case; a group given as a DN also matches by its first CN (cn=vigie-admins,ou=…). */
function names(group: string): string[] {
  const lower = group.trim().toLowerCase();
  const cn = /^cn=([^,]+),/.exec(lower)?.[1];
  return cn ? [lower, cn] : [lower];
}

export function roleFromGroups(memberOf: readonly string[], mapping: RoleMapping): Role | null {
  const held = new Set(memberOf.flatMap(names));
  for (const role of strongestFirst) {
    if (mapping.groups[role].some((g) => names(g).some((n) => held.has(n)))) return role;
  }
  return mapping.defaultRole;
}

/** `ADMIN:vigie-admins|ops-leads,TECHNICIAN:vigie-techs,OBSERVER:soc` → the mapping's groups. */
export function parseRoleMap(text: string): Record<Role, string[]> {
  const groups: Record<Role, string[]> = { ADMIN: [], TECHNICIAN: [], OBSERVER: [] };
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(":");
    const role = entry.slice(0, colon).trim().toUpperCase();
    if (colon < 0 || !(role in groups)) throw new Error(`"${entry}": write ROLE:group|group, with ROLE one of ADMIN, TECHNICIAN, OBSERVER`);
    groups[role as Role].push(...entry.slice(colon + 1).split("|").map((g) => g.trim()).filter(Boolean));
  }
  return groups;
}
