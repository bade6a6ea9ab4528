"use client";

import { reportIncidentAction } from "@/lib/actions/tickets";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, inputClass, Select } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { levelLabels, levels } from "@/lib/domain/priority";
import { reportIncidentSchema } from "@/lib/validations/lifecycle";

export function ReportIncidentForm() {
  return (
    <ActionForm action={reportIncidentAction} schema={reportIncidentSchema} className="max-w-xl space-y-3">
      {({ errors, pending }) => (
        <>
          <Field label="What is happening?" name="title" errors={errors.title}>
            <Input name="title" errors={errors.title} placeholder="The results page does not load" autoFocus />
          </Field>
          <Field label="Details" name="description" errors={errors.description} hint="What you saw, since when, who is affected.">
            <textarea id="description" name="description" className={`${inputClass} min-h-28`} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Urgency" name="urgency" errors={errors.urgency}>
              <Select name="urgency" defaultValue="3">{levels.map((l) => <option key={l} value={l}>{levelLabels[l]}</option>)}</Select>
            </Field>
            <Field label="Category" name="category" errors={errors.category}>
              <Select name="category" defaultValue="">
                <option value="">Not sure</option>
                {categories.map((c) => <option key={c} value={c}>{c.toLowerCase()}</option>)}
              </Select>
            </Field>
          </div>
          <Button type="submit" disabled={pending}>{pending ? "Reporting…" : "Report the incident"}</Button>
        </>
      )}
    </ActionForm>
  );
}
