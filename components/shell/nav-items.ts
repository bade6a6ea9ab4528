import type { Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/domain/permissions";

// The sections that exist. A section joins this list when it is built, never before.
export type NavItem = { href: string; label: string; permission?: Permission; shortcut: string };

export const navItems: NavItem[] = [
  { href: "/tickets", label: "Tickets", shortcut: "t" },
  { href: "/risks", label: "Risks", shortcut: "i" },
  { href: "/rex", label: "REX", shortcut: "x" },
  { href: "/dashboards", label: "Dashboards", shortcut: "d" },
  { href: "/metrics", label: "Metrics", shortcut: "m" },
  { href: "/plan", label: "Incident plan", shortcut: "p" },
  { href: "/oncall", label: "On call", shortcut: "c" },
  { href: "/runbooks", label: "Runbooks", shortcut: "r" },
  { href: "/account", label: "My account", shortcut: "a" },
  { href: "/admin/users", label: "Users", permission: "administer", shortcut: "u" },
  { href: "/admin/tokens", label: "API tokens", permission: "administer", shortcut: "k" },
  { href: "/admin/emails", label: "Emails", permission: "administer", shortcut: "e" },
  { href: "/admin/alertmanager", label: "Alertmanager", permission: "administer", shortcut: "l" },
  { href: "/admin/settings", label: "Team settings", permission: "administer", shortcut: "s" },
  { href: "/admin/security", label: "Security log", permission: "administer", shortcut: "o" },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.permission || can({ role }, item.permission));
}
