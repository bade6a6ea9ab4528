"use client";

import { createChannelAction, setChannelEnabledAction } from "@/lib/actions/oncall";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { Table, cellClass } from "@/components/ui/table";
import type { OnCallView } from "@/lib/server/oncall/get-on-call";
import { channelFormSchema } from "@/lib/validations/oncall";

const formatLabels = { JSON: "Vigie JSON", TEXT: "Slack / Mattermost ({ \"text\": … })" } as const;

/** Outgoing webhooks escalations are posted to, besides email; retried like emails while the receiver is down. */
export function ChannelsPanel({ view }: { view: OnCallView }) {
  return (
    <section aria-labelledby="channels" className="space-y-3">
      <h2 id="channels" className="font-medium">Channels</h2>
      <Table head={["Name", "Address", "Format", "Secret header", ""]} testId="channels" empty={view.channels.length === 0 ? "Escalations go by email only." : undefined}>
        {view.channels.map((c) => (
          <tr key={c.id}>
            <td className={cellClass}>{c.name}{c.enabled ? null : <span className="ml-1 text-zinc-500">(off)</span>}</td>
            <td className={`${cellClass} break-all font-mono`}>{c.url}</td>
            <td className={cellClass}>{formatLabels[c.format]}</td>
            <td className={cellClass}>{c.secretHeaderName ?? "—"}</td>
            <td className={cellClass}>
              <ActionForm action={setChannelEnabledAction} showSuccess={false}>
                {({ pending }) => (
                  <>
                    <input type="hidden" name="channelId" value={c.id} />
                    <input type="hidden" name="enabled" value={c.enabled ? "false" : "true"} />
                    <Button type="submit" variant="ghost" disabled={pending}>{c.enabled ? "Turn off" : "Turn on"}</Button>
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
            <Field label="Name" name="name" errors={errors.name}><Input name="name" placeholder="Ops chat" errors={errors.name} /></Field>
            <Field label="Webhook address" name="url" errors={errors.url}><Input name="url" type="url" placeholder="https://chat.example.org/hooks/…" errors={errors.url} /></Field>
            <Field label="Format" name="format" errors={errors.format}>
              <Select name="format" defaultValue="TEXT">
                {(Object.keys(formatLabels) as (keyof typeof formatLabels)[]).map((f) => <option key={f} value={f}>{formatLabels[f]}</option>)}
              </Select>
            </Field>
            <Field label="Secret header (optional)" name="secretHeaderName" errors={errors.secretHeaderName}><Input name="secretHeaderName" placeholder="X-Vigie-Token" errors={errors.secretHeaderName} /></Field>
            <Field label="Its value" name="secretHeaderValue" errors={errors.secretHeaderValue} hint="Stored encrypted, never shown again.">
              <Input name="secretHeaderValue" type="password" autoComplete="off" errors={errors.secretHeaderValue} />
            </Field>
            <div className="sm:self-end"><Button type="submit" disabled={pending}>Add the channel</Button></div>
          </>
        )}
      </ActionForm>
    </section>
  );
}
