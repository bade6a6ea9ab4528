import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublishButton } from "@/components/rex/publish-button";
import { MeasureList } from "@/components/measures/measure-list";
import { RexForm } from "@/components/rex/rex-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { dashboardName, stepDurationRows, writtenSections } from "@/lib/domain/rex/markdown";
import { missingForPublishing } from "@/lib/domain/rex/publishing";
import { can, canBeAssigned, canEditRex, canUpdateRexMeasure } from "@/lib/domain/permissions";
import { orNotFound } from "@/lib/server/or-not-found";
import { getRex, toRexDocument } from "@/lib/server/rex/get-rex";
import { rexWordsForRequest } from "@/lib/server/rex/rex-words-for-request";
import { listPeople } from "@/lib/server/users/list-people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rex"))("title") };
}

const Section = ({ title, body }: { title: string; body: string }) =>
  body.trim() ? (<section><h2 className="mb-1 font-semibold">{title}</h2><p className="whitespace-pre-line">{body}</p></section>) : null;

export default async function RexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const rex = await orNotFound(getRex({ actor, rexId: id }));
  const [t, format, words] = await Promise.all([getTranslations("rex"), getFormatter(), rexWordsForRequest()]);
  const doc = toRexDocument(rex);
  const canEdit = canEditRex(actor, rex);
  const updatable = rex.measures.filter((m) => canUpdateRexMeasure(actor, m, rex)).map((m) => m.id);
  const durations = stepDurationRows(doc.stepDurations, words);
  const missing = missingForPublishing(rex).map((s) => t(`publish.sections.${s}`));
  const byline = [
    rex.status === "PUBLISHED" && rex.publishedAt ? t("detail.published", { date: format.dateTime(rex.publishedAt, { dateStyle: "medium" }) }) : t("detail.draft"),
    ...(rex.author ? [rex.author.name] : []),
    ...(rex.riskCodes.length ? [t("detail.risks", { codes: rex.riskCodes.join(", ") })] : []),
  ];
  return (
    <article className="space-y-6">
      <PageHeader
        title={rex.title}
        description={byline.join(" · ")}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            <a href={`/api/rex/${rex.id}/markdown`} className={buttonClass("secondary")} download>{t("detail.markdown")}</a>
            <a href={`/api/rex/${rex.id}/pdf`} className={buttonClass("secondary")} download>{t("detail.pdf")}</a>
            {rex.status === "DRAFT" && can(actor, "rex.publish") ? <PublishButton rexId={rex.id} missing={missing.length ? t("publish.missing", { sections: format.list(missing) }) : null} /> : null}
          </div>
        }
      />
      <div className="max-w-3xl space-y-5">
        {rex.ticket ? (
          <p className="text-sm">
            {t.rich("detail.fromTicket", { number: rex.ticket.number, link: (chunks) => <Link className="text-sky-700 underline dark:text-sky-400" href={`/tickets/${rex.ticket!.id}`}>{chunks}</Link> })}
          </p>
        ) : null}
        <Section title={t("doc.context")} body={doc.context} />
        {doc.course.length || doc.courseNarrative ? (
          <section>
            <h2 className="mb-1 font-semibold">{t("doc.course")}</h2>
            {doc.courseNarrative ? <p className="mb-2 whitespace-pre-line">{doc.courseNarrative}</p> : null}
            {doc.course.length ? (
              <table className="w-full text-left text-xs" data-testid="rex-course">
                <thead className="text-zinc-500"><tr><th className="py-1 pr-3">{t("doc.when", { timeZone: words.timeZone })}</th><th className="py-1 pr-3">{t("doc.what")}</th><th className="py-1">{t("doc.who")}</th></tr></thead>
                <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                  {doc.course.map((c, i) => <tr key={i}><td className="whitespace-nowrap py-1 pr-3">{format.dateTime(new Date(c.at), { dateStyle: "medium", timeStyle: "short" })}</td><td className="py-1 pr-3">{c.what}</td><td className="py-1">{c.who}</td></tr>)}
                </tbody>
              </table>
            ) : null}
          </section>
        ) : null}
        {durations.length ? (
          <section>
            <h2 className="mb-1 font-semibold">{t("doc.stepTimes")}</h2>
            <ul className="text-sm">{durations.map((r) => <li key={r.step}>{t("doc.stepTime", { step: r.step, duration: r.duration })}</li>)}</ul>
          </section>
        ) : null}
        {writtenSections(doc, words).map((s) => <Section key={s.title} title={s.title} body={s.body} />)}
        <MeasureList kind="rex" parentId={rex.id} title={t("doc.measures")} measures={rex.measures} updatable={updatable} canAdd={canEdit} people={canEdit ? (await listPeople({ actor })).filter(canBeAssigned) : []} />
        {doc.dashboards.length ? (
          <section>
            <h2 className="mb-1 font-semibold">{t("doc.dashboards")}</h2>
            <ul className="list-disc pl-5">{doc.dashboards.map((d) => <li key={d.url}><a className="text-sky-700 underline dark:text-sky-400" href={d.url} target="_blank" rel="noreferrer">{dashboardName(d, words)}</a></li>)}</ul>
          </section>
        ) : null}
        {canEdit ? (
          <section className="border-t border-zinc-200 pt-4 dark:border-zinc-800">
            <h2 className="mb-2 font-semibold">{t("detail.edit")}</h2>
            <RexForm rex={rex} />
          </section>
        ) : null}
      </div>
    </article>
  );
}
