import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RexForm } from "@/components/rex/rex-form";
import { Forbidden } from "@/components/shell/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rex"))("new.title") };
}

export default async function NewRexPage() {
  const actor = await requireActor();
  if (!can(actor, "rex.write")) return <Forbidden role={actor.role} permission="rex.write" />;
  const t = await getTranslations("rex");
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <RexForm />
    </>
  );
}
