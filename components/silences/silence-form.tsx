"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { extendSilenceAction, silenceTicketAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { compactInputClass } from "@/components/ui/field";
import { defaultSilenceDuration, silenceDurations, type SilenceDuration } from "@/lib/domain/silences/requests";
import { extendSilenceSchema, silenceTicketSchema } from "@/lib/validations/silences";

const options = Object.entries(silenceDurations) as [SilenceDuration, { label: string }][];

function DurationSelect({ value, onChange, label }: { value: SilenceDuration; onChange: (v: SilenceDuration) => void; label: string }) {
  return (
    <select name="duration" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as SilenceDuration)} className={compactInputClass}>
      {options.map(([key, { label: text }]) => <option key={key} value={key}>{text}</option>)}
    </select>
  );
}

/** "Silence for 2 h": one Alertmanager silence per alert group of the ticket, from now. */
export function SilenceTicketForm({ ticketId }: { ticketId: string }) {
  const t = useTranslations("silences");
  const [duration, setDuration] = useState<SilenceDuration>(defaultSilenceDuration);
  return (
    <ActionForm action={silenceTicketAction} schema={silenceTicketSchema} className="space-y-2">
      {({ pending }) => (
        <div className="flex items-center gap-2">
          <input type="hidden" name="ticketId" value={ticketId} />
          <DurationSelect value={duration} onChange={setDuration} label={t("duration")} />
          <Button type="submit" variant="secondary" disabled={pending}>{t("silenceFor", { duration: silenceDurations[duration].label })}</Button>
        </div>
      )}
    </ActionForm>
  );
}

/** Pushes the silence's end later by the chosen duration. */
export function ExtendSilenceForm({ ticketSilenceId }: { ticketSilenceId: string }) {
  const t = useTranslations("silences");
  const [duration, setDuration] = useState<SilenceDuration>("1h");
  return (
    <ActionForm action={extendSilenceAction} schema={extendSilenceSchema} showSuccess={false}>
      {({ pending }) => (
        <div className="flex items-center gap-1">
          <input type="hidden" name="ticketSilenceId" value={ticketSilenceId} />
          <DurationSelect value={duration} onChange={setDuration} label={t("extendBy")} />
          <Button type="submit" variant="ghost" disabled={pending}>{t("extendFor", { duration: silenceDurations[duration].label })}</Button>
        </div>
      )}
    </ActionForm>
  );
}
