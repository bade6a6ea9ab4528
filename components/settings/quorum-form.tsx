"use client";

import { updateQuorumPolicyAction } from "@/lib/actions/settings";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { quorumLabels, quorumPolicies, type QuorumPolicy } from "@/lib/domain/lifecycle/quorum";

export function QuorumForm({ policy }: { policy: QuorumPolicy }) {
  return (
    <ActionForm action={updateQuorumPolicyAction} className="max-w-md space-y-3">
      {({ pending }) => (
        <>
          <Field label="Validation quorum" name="policy" hint="Who must approve a solution before remediation. The solver's own approval never counts.">
            <Select name="policy" defaultValue={policy}>
              {quorumPolicies.map((p) => <option key={p} value={p}>{quorumLabels[p]}</option>)}
            </Select>
          </Field>
          <Button type="submit" disabled={pending}>Save the quorum policy</Button>
        </>
      )}
    </ActionForm>
  );
}
