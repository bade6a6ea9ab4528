"use client";

import { useTranslations } from "next-intl";
import { updateQuorumPolicyAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { quorumPolicies, type QuorumPolicy } from "@/lib/domain/lifecycle/quorum";

export function QuorumForm({ policy }: { policy: QuorumPolicy }) {
  const t = useTranslations("admin");
  return (
    <ActionForm action={updateQuorumPolicyAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <Field label={t("settings.quorum")} name="policy" hint={t("settings.quorumHint")}>
            <Select name="policy" defaultValue={policy}>
              {quorumPolicies.map((p) => <option key={p} value={p}>{t(`settings.quorumPolicies.${p}`)}</option>)}
            </Select>
          </Field>
          <Button type="submit" disabled={pending}>{t("settings.saveQuorum")}</Button>
        </>
      )}
    </ActionForm>
  );
}
