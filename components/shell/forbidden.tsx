import Link from "next/link";
import { roleLabels, type Role } from "@/lib/auth/roles";
import { rolesFor, type Permission } from "@/lib/domain/permissions";

const plural = (role: Role) => `${roleLabels[role].toLowerCase().replace(/ \(.*\)$/, "")}s`;

export function Forbidden({ role, permission }: { role: Role; permission: Permission }) {
  return (
    <div className="mx-auto mt-16 max-w-md text-center">
      <p className="text-xs font-semibold uppercase tracking-wider text-rose-600">403 · not allowed</p>
      <h1 className="mt-2 text-xl font-semibold">You do not have access to this page</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        It is for {rolesFor(permission).map(plural).join(" and ")}. You are signed in as {roleLabels[role].toLowerCase()}.
      </p>
      <Link href="/" className="mt-4 inline-block text-sky-600 hover:underline dark:text-sky-400">
        Back to Vigie
      </Link>
    </div>
  );
}
