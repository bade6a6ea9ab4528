import { renderRexMarkdown } from "@/lib/domain/rex/markdown";
import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { authedRoute } from "@/lib/server/route";
import { rexFilename as filename } from "@/lib/domain/rex/markdown";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const rex = await getRex({ actor, rexId: (await params).id });
  return new Response(renderRexMarkdown(toRexDocument(rex)), {
    headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${filename(rex.title)}.md"` },
  });
});
