import type { Metadata } from "next";
import Link from "next/link";
import { PublishButton } from "@/components/rex/publish-button";
import { MeasureList } from "@/components/measures/measure-list";
import { RexForm } from "@/components/rex/rex-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { stepDurationRows } from "@/lib/domain/rex/markdown";
import { can, canBeAssigned, canEditRex, canUpdateRexMeasure } from "@/lib/domain/permissions";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/server/or-not-found";
import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { listPeople } from "@/lib/server/users/list-people";

export const metadata: Metadata = { title: "REX" };

const Section = ({ title, body }: { title: string; body: string }) =>
  body.trim() ? (<section><h2 className="mb-1 font-semibold">{title}</h2><p className="whitespace-pre-line">{body}</p></section>) : null;

export default async function RexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const rex = await orNotFound(getRex({ actor, rexId: id }));
  const doc = toRexDocument(rex);
  const canEdit = canEditRex(actor, rex);
  const updatable = rex.measures.filter((m) => canUpdateRexMeasure(actor, m, rex)).map((m) => m.id);
  return (
    <article className="space-y-6">
      <PageHeader
        title={rex.title}
        description={`${rex.status === "DRAFT" ? "Draft" : `Published ${formatDateTime(rex.publishedAt)}`}${rex.author ? ` · ${rex.author.name}` : ""}${rex.riskCodes.length ? ` · risks ${rex.riskCodes.join(", ")}` : ""}`}
        actions={
          <div className="flex gap-2">
            <a href={`/api/rex/${rex.id}/markdown`} className={buttonClass("secondary")} download>Markdown</a>
            <a href={`/api/rex/${rex.id}/pdf`} className={buttonClass("secondary")} download>PDF</a>
            {rex.status === "DRAFT" && can(actor, "rex.publish") ? <PublishButton rexId={rex.id} /> : null}
          </div>
        }
      />
      <div className="max-w-3xl space-y-5">
        {rex.ticket ? <p className="text-sm">From ticket <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${rex.ticket.id}`}>#{rex.ticket.number}</Link>.</p> : null}
        <Section title="Context" body={doc.context} />
        {doc.course.length || doc.courseNarrative ? (
          <section>
            <h2 className="mb-1 font-semibold">Course of the incident</h2>
            {doc.courseNarrative ? <p className="mb-2 whitespace-pre-line">{doc.courseNarrative}</p> : null}
            {doc.course.length ? (
              <table className="w-full text-left text-xs" data-testid="rex-course">
                <thead className="text-zinc-500"><tr><th className="py-1 pr-3">When</th><th className="py-1 pr-3">What</th><th className="py-1">Who</th></tr></thead>
                <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                  {doc.course.map((c, i) => <tr key={i}><td className="whitespace-nowrap py-1 pr-3">{formatDateTime(c.at)}</td><td className="py-1 pr-3">{c.what}</td><td className="py-1">{c.who}</td></tr>)}
                </tbody>
              </table>
            ) : null}
          </section>
        ) : null}
        {stepDurationRows(doc.stepDurations).length ? (
          <section>
            <h2 className="mb-1 font-semibold">Time in each step</h2>
            <ul className="text-sm">{stepDurationRows(doc.stepDurations).map((r) => <li key={r.step}>{r.step}: {r.duration}</li>)}</ul>
          </section>
        ) : null}
        <Section title="Solution" body={doc.solution} />
        <Section title="Weak point" body={doc.weakPoint} />
        <Section title="Actions taken" body={doc.actionsTaken} />
        <Section title="Recommendations" body={doc.recommendations} />
        <MeasureList kind="rex" parentId={rex.id} title="Corrective measures" measures={rex.measures} updatable={updatable} canAdd={canEdit} people={canEdit ? (await listPeople({ actor })).filter(canBeAssigned) : []} />
        {doc.dashboards.length ? (
          <section>
            <h2 className="mb-1 font-semibold">Dashboards for the incident&apos;s time window</h2>
            <ul className="list-disc pl-5">{doc.dashboards.map((d) => <li key={d.url}><a className="text-sky-700 underline dark:text-sky-400" href={d.url} target="_blank" rel="noreferrer">{d.title}</a></li>)}</ul>
          </section>
        ) : null}
        {canEdit ? (
          <section className="border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <h2 className="mb-2 font-semibold">Edit</h2>
            <RexForm rex={rex} />
          </section>
        ) : null}
      </div>
    </article>
  );
}
