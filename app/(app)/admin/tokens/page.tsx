import type { Metadata } from "next";
import { CreateTokenForm } from "@/components/tokens/create-token-form";
import { TokensTable } from "@/components/tokens/tokens-table";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/shell/forbidden";
import { requireActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await requireActor();
  // The layout shows the refusal; checked here too, since Next renders the page beside the layout.
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  const tokens = await listApiTokens({ actor });
  return (
    <>
      <PageHeader
        title="API tokens"
        description={<>Alertmanager posts to <code className="font-mono">/api/alertmanager</code> with a token as <code className="font-mono">Authorization: Bearer</code> (or as the basic-auth password); scripts call <code className="font-mono">/api/tickets</code> with an API token.</>}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <TokensTable tokens={tokens} />
        <CreateTokenForm />
      </div>
    </>
  );
}
