"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass, Select } from "@/components/ui/field";
import { categories } from "@/lib/domain/alerts/mapping";
import { levels } from "@/lib/domain/priority";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";

/** Step 2's fields, filled with what the ticket has now (what was saved shows after a classification). */
export function ClassifyFields({ ticket, errors }: { ticket: TicketWorkspace["ticket"]; errors: Record<string, string[]> }) {
  const t = useTranslations("tickets.actions");
  const level = useTranslations("admin.levels");
  const category = useTranslations("lifecycle.categories");
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      <Field label={t("impact")} name="impact" errors={errors.impact}>
        <Select name="impact" defaultValue={ticket.impact ?? 3}>{levels.map((l) => <option key={l} value={l}>{level(`${l}`)}</option>)}</Select>
      </Field>
      <Field label={t("urgency")} name="urgency" errors={errors.urgency}>
        <Select name="urgency" defaultValue={ticket.urgency}>{levels.map((l) => <option key={l} value={l}>{level(`${l}`)}</option>)}</Select>
      </Field>
      <Field label={t("category")} name="category" errors={errors.category}>
        <Select name="category" defaultValue={ticket.category ?? "OTHER"}>{categories.map((c) => <option key={c} value={c}>{category(c)}</option>)}</Select>
      </Field>
      <div className="sm:col-span-3">
        <Field label={t("affectedServices")} name="affectedServices" errors={errors.affectedServices}>
          <input id="affectedServices" name="affectedServices" defaultValue={ticket.affectedServices.join(", ")} className={inputClass} />
        </Field>
      </div>
    </div>
  );
}
