import { rexFilename as filename } from "@/lib/domain/rex/markdown";
import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { renderRexPdf } from "@/lib/server/rex/render-rex-pdf";
import { rexWordsForRequest } from "@/lib/server/rex/rex-words-for-request";
import { authedRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// In the language of the person who downloads it.
export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const rex = await getRex({ actor, rexId: (await params).id });
  const pdf = await renderRexPdf(toRexDocument(rex), await rexWordsForRequest());
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename(rex.title)}.pdf"` },
  });
});
