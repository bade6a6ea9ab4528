import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { renderRexPdf } from "@/lib/server/rex/render-rex-pdf";
import { authedRoute } from "@/lib/server/route";
import { rexFilename as filename } from "@/lib/domain/rex/markdown";

export const dynamic = "force-dynamic";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>({ permission: "read" }, async (_request, { actor, params }) => {
  const rex = await getRex({ actor, rexId: (await params).id });
  const pdf = await renderRexPdf(toRexDocument(rex));
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename(rex.title)}.pdf"` },
  });
});
