import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listUsers } from "@/lib/server/users/list-users";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("users.title") };
}

export default async function UsersPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const [users, t] = await Promise.all([listUsers({ actor }), getTranslations("admin")]);
  const activeAdmins = users.filter((u) => u.active && u.role === "ADMIN").length;
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} />
      {activeAdmins < 3 ? (
        <div className="mb-4">
          <Notice tone="warning">
            {t("users.fewAdmins", { count: activeAdmins })}
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
