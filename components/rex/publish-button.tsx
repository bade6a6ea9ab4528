"use client";

import { useTranslations } from "next-intl";
import { publishRexAction } from "@/lib/actions/rex";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

/** `missing`: what is still to write before publishing, said before one tries (the server refuses too). */
export function PublishButton({ rexId, missing }: { rexId: string; missing: string | null }) {
  const t = useTranslations("rex.publish");
  return (
    <ActionForm action={publishRexAction} showSuccess={false} className="max-w-xs space-y-1">
      {({ errors, pending }) => (
        <>
          <input type="hidden" name="rexId" value={rexId} />
          <Button type="submit" disabled={pending} aria-describedby={missing ? "publish-missing" : undefined}>{t("button")}</Button>
          {missing ? <p id="publish-missing" className="text-xs text-zinc-600 dark:text-zinc-400">{missing}</p> : null}
          {Object.values(errors).flat().length ? (
            <ul className="list-disc pl-4 text-xs text-rose-700 dark:text-rose-400" data-testid="publish-missing">
              {Object.values(errors).flat().map((e) => <li key={e}>{e}</li>)}
            </ul>
          ) : null}
        </>
      )}
    </ActionForm>
  );
}
