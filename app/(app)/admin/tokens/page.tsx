import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokensTable } from "@/components/tokens/tokens-table";
import { AlertmanagerSetup } from "@/components/tokens/alertmanager-setup";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { publicUrl } from "@/lib/env";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("tokens.title") };
}

export default async function TokensPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const [tokens, t] = await Promise.all([listApiTokens({ actor }), getTranslations("admin")]);
  return (
    <>
      <PageHeader
        title={t("tokens.title")}
        description={t.rich("tokens.description", { code: (chunks) => <code className="font-mono">{chunks}</code> })}
      />
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <TokensTable tokens={tokens} />
        <CreateTokenForm baseUrl={publicUrl()} />
      </div>
      <section aria-labelledby="connect-alertmanager" className="mt-6 max-w-3xl space-y-2">
        <h2 id="connect-alertmanager" className="font-medium">{t("tokens.setup.title")}</h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t("tokens.setup.intro")}</p>
        <AlertmanagerSetup baseUrl={publicUrl()} />
      </section>
    </>
  );
}
