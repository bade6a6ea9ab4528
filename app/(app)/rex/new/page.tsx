import type { Metadata } from "next";
import { RexForm } from "@/components/rex/rex-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";

export const metadata: Metadata = { title: "New REX" };

export default async function NewRexPage() {
  const actor = await requireActor();
  if (!can(actor, "rex.write")) return <Forbidden role={actor.role} permission="rex.write" />;
  return (
    <>
      <PageHeader title="New REX" description="For an incident Vigie did not track as a ticket. From a closed ticket, use its “Write the REX” button instead." />
      <RexForm />
    </>
  );
}
