import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listUsers } from "@/lib/server/users/list-users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const users = await listUsers({ actor });
  const activeAdmins = users.filter((u) => u.active && u.role === "ADMIN").length;
  return (
    <>
      <PageHeader title="Users" description="Accounts, roles and access. Admins triage and validate; technicians treat; observers (SOC) watch and report." />
      {activeAdmins < 3 ? (
        <div className="mb-4">
          <Notice tone="warning">
            Only {activeAdmins} active admin{activeAdmins === 1 ? "" : "s"}: the incident plan wants at least three, so that one is always reachable (risk R2).
          </Notice>
        </div>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <UsersTable users={users} currentUserId={actor.id} />
        <CreateUserForm />
      </div>
    </>
  );
}
