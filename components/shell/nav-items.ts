import type { Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/domain/permissions";

// The sections that exist. A section joins this list when it is built, never before.
import type en from "@/messages/en/shell.json";

// `key` names the item in messages/<locale>/shell.json (shell.nav.<key>).
export type NavKey = keyof (typeof en)["shell"]["nav"];
export type NavItem = { href: string; key: NavKey; permission?: Permission; shortcut: string };

export const navItems: NavItem[] = [
  { href: "/tickets", key: "tickets", shortcut: "t" },
  { href: "/risks", key: "risks", shortcut: "i" },
  { href: "/rex", key: "rex", shortcut: "x" },
  { href: "/dashboards", key: "dashboards", shortcut: "d" },
  { href: "/metrics", key: "metrics", shortcut: "m" },
  { href: "/plan", key: "plan", shortcut: "p" },
  { href: "/oncall", key: "oncall", shortcut: "c" },
  { href: "/runbooks", key: "runbooks", shortcut: "r" },
  { href: "/account", key: "account", shortcut: "a" },
  { href: "/admin/users", key: "users", permission: "administer", shortcut: "u" },
  { href: "/admin/tokens", key: "tokens", permission: "administer", shortcut: "k" },
  { href: "/admin/emails", key: "emails", permission: "administer", shortcut: "e" },
  { href: "/admin/alertmanager", key: "alertmanager", permission: "administer", shortcut: "l" },
  { href: "/admin/settings", key: "settings", permission: "administer", shortcut: "s" },
  { href: "/admin/status", key: "status", permission: "status.manage", shortcut: "b" },
  { href: "/admin/security", key: "security", permission: "administer", shortcut: "o" },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.permission || can({ role }, item.permission));
}
