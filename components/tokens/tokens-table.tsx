"use client";

import { revokeApiTokenAction } from "@/lib/actions/tokens";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { roleLabels } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import type { ApiTokenRow } from "@/lib/server/tokens/list-api-tokens";

export function TokensTable({ tokens }: { tokens: ApiTokenRow[] }) {
  if (tokens.length === 0) return <p className="text-zinc-500">No token yet.</p>;
  return (
    <Table head={["Token", "For", "Created", "Last used", "Expires", ""]}>
          {tokens.map((t) => (
            <tr key={t.id} className={t.revokedAt ? "opacity-50" : ""}>
              <td className="px-3 py-2">
                <div className="font-medium">{t.name}</div>
                <code className="font-mono text-zinc-500">{t.prefix}…</code>
              </td>
              <td className="px-3 py-2">{t.purpose === "ALERTMANAGER" ? "Alertmanager webhook" : `API, as ${roleLabels[t.role!].toLowerCase()}`}</td>
              <td className="px-3 py-2">{formatDateTime(t.createdAt)} · {t.createdBy.name}</td>
              <td className="px-3 py-2">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
              <td className="px-3 py-2">{t.expiresAt ? <span className={t.expiresAt < new Date() ? "font-medium text-rose-700 dark:text-rose-400" : ""}>{formatDateTime(t.expiresAt)}{t.expiresAt < new Date() ? " (expired)" : ""}</span> : "never"}</td>
              <td className="px-3 py-2 text-right">
                {t.revokedAt ? (
                  <span>revoked {formatDateTime(t.revokedAt)}</span>
                ) : (
                  <ActionForm action={revokeApiTokenAction} showSuccess={false}>
                    {({ pending }) => (
                      <>
                        <input type="hidden" name="tokenId" value={t.id} />
                        <Button variant="danger" type="submit" disabled={pending}>Revoke</Button>
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
