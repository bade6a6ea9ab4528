import { renderRexMarkdown, rexFilename as filename } from "@/lib/domain/rex/markdown";
import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { rexWordsForRequest } from "@/lib/server/rex/rex-words-for-request";
import { authedRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// In the language of the person who downloads it.
export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const rex = await getRex({ actor, rexId: (await params).id });
  return new Response(renderRexMarkdown(toRexDocument(rex), await rexWordsForRequest()), {
    headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${filename(rex.title)}.md"` },
  });
});
