import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { renderRexPdf } from "@/lib/server/rex/render-rex-pdf";
import { authedRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

const filename = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80) || "rex";

export const GET = authedRoute<{ params: Promise<{ id: string }> }>({}, async (_request, { actor, params }) => {
  const rex = await getRex({ actor, rexId: (await params).id });
  const pdf = await renderRexPdf(toRexDocument(rex));
  return new Response(new Uint8Array(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${filename(rex.title)}.pdf"` },
  });
});
