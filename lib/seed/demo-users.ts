import type { Role } from "@/lib/auth/roles";

// The plan wants at least three admins reachable for every incident (risk R2), a technician, and a SOC.
export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: "admin@vigie.local", name: "Alice Martin", role: "ADMIN" },
  { email: "admin2@vigie.local", name: "Bruno Lefèvre", role: "ADMIN" },
  { email: "admin3@vigie.local", name: "Chloé Dubois", role: "ADMIN" },
  { email: "tech@vigie.local", name: "Thomas Petit", role: "TECHNICIAN" },
  { email: "soc@vigie.local", name: "SOC (observer)", role: "OBSERVER" },
];
