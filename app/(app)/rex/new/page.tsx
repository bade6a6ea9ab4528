import type { Metadata } from "next";
import { RexForm } from "@/components/rex/rex-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "New REX" };

export default async function NewRexPage() {
  const actor = await requireActor();
  if (actor.role === "OBSERVER") return <Forbidden role={actor.role} needed="admins and technicians" />;
  return (
    <>
      <PageHeader title="New REX" description="For an incident Vigie did not track as a ticket. From a closed ticket, use its “Write the REX” button instead." />
      <RexForm />
    </>
  );
}
