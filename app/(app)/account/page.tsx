import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireActor } from "@/lib/auth/guard";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const actor = await requireActor();
  return (
    <>
      <PageHeader title="My account" description={`${actor.name} · ${actor.email} · ${roleLabels[actor.role]}`} />
      <ChangePasswordForm />
    </>
  );
}
