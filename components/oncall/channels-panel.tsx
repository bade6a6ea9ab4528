"use client";

import { useTranslations } from "next-intl";
import { createChannelAction, setChannelEnabledAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, cellClass } from "@/components/ui/table";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { channelFormSchema } from "@/lib/validations/oncall";

const formats = ["JSON", "TEXT"] as const;

/** Outgoing webhooks escalations are posted to, besides email; retried like emails while the receiver is down. */
export function ChannelsPanel({ view }: { view: OnCallView }) {
  const t = useTranslations("oncall");
  return (
    <section aria-labelledby="channels" className="space-y-3">
      <h2 id="channels" className="font-medium">{t("channels.title")}</h2>
      <Table head={[t("channels.head.name"), t("channels.head.address"), t("channels.head.format"), t("channels.head.secretHeader"), ""]} testId="channels" empty={view.channels.length === 0 ? t("channels.emailOnly") : undefined}>
        {view.channels.map((c) => (
          <tr key={c.id}>
            <td className={cellClass}>{c.name}{c.enabled ? null : <span className="ml-1 text-zinc-500">{t("channels.off")}</span>}</td>
            <td className={`${cellClass} break-all font-mono`}>{c.url}</td>
            <td className={cellClass}>{t(`channels.formats.${c.format}`)}</td>
            <td className={cellClass}>{c.secretHeaderName ?? "—"}</td>
            <td className={cellClass}>
              <ActionForm action={setChannelEnabledAction} showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="channelId" value={c.id} />
                    <input type="hidden" name="enabled" value={c.enabled ? "false" : "true"} />
                    <Button type="submit" variant="ghost" disabled={pending}>{c.enabled ? t("channels.turnOff") : t("channels.turnOn")}</Button>
                  </>
                )}
              </ActionForm>
            </td>
          </tr>
        ))}
      </Table>
      <ActionForm action={createChannelAction} schema={channelFormSchema} className="grid max-w-3xl gap-3 sm:grid-cols-3" resetOnSuccess>
        {({ errors, pending }) => (
          <>
            <Field label={t("channels.name")} name="name" errors={errors.name}><Input name="name" placeholder={t("channels.namePlaceholder")} errors={errors.name} /></Field>
            <Field label={t("channels.url")} name="url" errors={errors.url}><Input name="url" type="url" placeholder="https://chat.example.org/hooks/…" errors={errors.url} /></Field>
            <Field label={t("channels.format")} name="format" errors={errors.format}>
              <Select name="format" defaultValue="TEXT">
                {formats.map((f) => <option key={f} value={f}>{t(`channels.formats.${f}`)}</option>)}
              </Select>
            </Field>
            <Field label={t("channels.secretHeader")} name="secretHeaderName" errors={errors.secretHeaderName}><Input name="secretHeaderName" placeholder="X-Vigie-Token" errors={errors.secretHeaderName} /></Field>
            <Field label={t("channels.secretValue")} name="secretHeaderValue" errors={errors.secretHeaderValue} hint={t("channels.secretHint")}>
              <Input name="secretHeaderValue" type="password" autoComplete="off" errors={errors.secretHeaderValue} />
            </Field>
            <div className="sm:self-end"><Button type="submit" disabled={pending}>{t("channels.add")}</Button></div>
          </>
        )}
      </ActionForm>
    </section>
  );
}
