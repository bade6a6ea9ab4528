"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { linkRiskAction } from "@/lib/actions/risks";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { RISK_CHOICE_CHARS, shorten } from "@/lib/format";
import { linkRiskSchema } from "@/lib/validations/risk";

/** The risks this incident realised: set by alerts' `risk` labels, and by hand by the people working it. */
export function RiskLinks({ ticketId, linked, risks, canEdit }: { ticketId: string; linked: string[]; risks: { code: string; description: string }[]; canEdit: boolean }) {
  const t = useTranslations("risks.links");
  const available = risks.filter((r) => !linked.includes(r.code));
  return (
    <section aria-labelledby="risks" className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 text-xs dark:border-zinc-800 dark:bg-zinc-900" data-testid="risk-links">
      <h2 id="risks" className="font-medium">{t("title")}</h2>
      <ul className="space-y-1">
        {linked.map((code) => (
          <li key={code} className="flex items-center justify-between gap-2">
            <Link href={`/risks/${code}`} className="font-mono text-sky-700 underline dark:text-sky-400" title={risks.find((r) => r.code === code)?.description}>{code}</Link>
            {canEdit ? (
              <ActionForm action={linkRiskAction} showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="ticketId" value={ticketId} />
                    <input type="hidden" name="code" value={code} />
                    <input type="hidden" name="linked" value="false" />
                    <Button variant="ghost" type="submit" disabled={pending} aria-label={t("unlinkCode", { code })}>{t("unlink")}</Button>
                  </>
                )}
              </ActionForm>
            ) : null}
          </li>
        ))}
        {linked.length === 0 ? <li className="text-zinc-500">{t("none")}</li> : null}
      </ul>
      {canEdit && available.length ? (
        <ActionForm action={linkRiskAction} schema={linkRiskSchema} className="flex flex-wrap items-center gap-2" showSuccess={false}>
          {({ errors, pending }) => (
            <>
              <input type="hidden" name="ticketId" value={ticketId} />
              <input type="hidden" name="linked" value="true" />
              <select name="code" aria-label={t("toLink")} defaultValue="" aria-invalid={errors.code?.length ? true : undefined} className={inputClass}>
                {/* No default: linking the first risk of the list by mistake is too easy. */}
                <option value="" disabled>{t("choose")}</option>
                {/* The chosen risk must read whole in the closed select on a phone: its description shortened, whole on hover. */}
                {available.map((r) => <option key={r.code} value={r.code} title={r.description}>{r.code} · {shorten(r.description, RISK_CHOICE_CHARS)}</option>)}
              </select>
              <Button variant="secondary" type="submit" disabled={pending}>{t("link")}</Button>
              {errors.code?.length ? <p className="w-full text-rose-600 dark:text-rose-400">{errors.code.join(" ")}</p> : null}
            </>
          )}
        </ActionForm>
      ) : null}
    </section>
  );
}
