import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PublicReportsForm } from "@/components/status/public-reports-form";
import { ServiceForm } from "@/components/status/service-form";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { getStatusAdmin } from "@/lib/server/status/get-status-admin";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("status"))("admin.title") };
}

export default async function StatusAdminPage() {
  const actor = await requireActor();
  if (!can(actor, "status.manage")) return <Forbidden role={actor.role} permission="status.manage" />;
  const t = await getTranslations("status.admin");
  const { services, publicReports } = await getStatusAdmin({ actor });
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} actions={<Link href="/status" className="text-sm text-sky-700 underline dark:text-sky-400">{t("open")}</Link>} />
      <div className="space-y-8">
        <PublicReportsForm open={publicReports} />
        <section aria-labelledby="services" className="space-y-4">
          <h2 id="services" className="font-medium">{t("services")}</h2>
          {services.length === 0 ? <p className="text-zinc-500">{t("noServices")}</p> : null}
          {services.map((service) => (
            <div key={service.id} className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid={`status-service-${service.name}`}>
              <ServiceForm service={service} />
            </div>
          ))}
          <div className="rounded-lg border border-dashed border-zinc-300 p-4 dark:border-zinc-700">
            <h3 className="mb-2 text-sm font-medium">{t("newService")}</h3>
            <ServiceForm />
          </div>
        </section>
      </div>
    </>
  );
}
