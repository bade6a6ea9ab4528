"use client";

import { useFormatter, useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/actions/tokens";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import type { ApiTokenRow } from "@/lib/server/tokens/list-api-tokens";

export function TokensTable({ tokens }: { tokens: ApiTokenRow[] }) {
  const tr = useTranslations("admin");
  const shell = useTranslations("shell");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" });
  if (tokens.length === 0) return <p className="text-zinc-500">{tr("tokens.none")}</p>;
  return (
    <Table head={[tr("tokens.head.token"), tr("tokens.head.for"), tr("tokens.head.created"), tr("tokens.head.lastUsed"), tr("tokens.head.expires"), ""]}>
          {tokens.map((t) => (
            <tr key={t.id} className={t.revokedAt ? "opacity-50" : ""}>
              <td className="px-3 py-2">
                <div className="font-medium">{t.name}</div>
                <code className="font-mono text-zinc-500">{t.prefix}…</code>
              </td>
              <td className="px-3 py-2">{t.purpose === "ALERTMANAGER" ? tr("tokens.alertmanager") : tr("tokens.apiAs", { role: shell(`roles.${t.role!}`).toLowerCase() })}</td>
              <td className="px-3 py-2">{tr("tokens.createdBy", { date: when(t.createdAt), name: t.createdBy.name })}</td>
              <td className="px-3 py-2">{t.lastUsedAt ? when(t.lastUsedAt) : tr("never")}</td>
              <td className="px-3 py-2">{t.expiresAt ? <span className={t.expiresAt < new Date() ? "font-medium text-rose-700 dark:text-rose-400" : ""}>{t.expiresAt < new Date() ? tr("tokens.expired", { date: when(t.expiresAt) }) : when(t.expiresAt)}</span> : tr("never")}</td>
              <td className="px-3 py-2 text-right">
                {t.revokedAt ? (
                  <span>{tr("tokens.revokedAt", { date: when(t.revokedAt) })}</span>
                ) : (
                  <ActionForm action={revokeApiTokenAction} showSuccess={false}>
                    {({ pending }) => (
                      <>
                        <input type="hidden" name="tokenId" value={t.id} />
                        <Button variant="danger" type="submit" disabled={pending}>{tr("tokens.revoke")}</Button>
                      </>
                    )}
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
    </Table>
  );
}
