"use client";

import { expireMaintenanceWindowAction } from "@/lib/actions/silences";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { cellClass, Table } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { MaintenanceWindows as Data } from "@/lib/server/silences/list-maintenance-windows";
import { MaintenanceForm } from "./maintenance-form";

const stateLabels = { active: "Active", pending: "Planned", expired: "Over", recorded: "As Vigie recorded it" } as Record<string, string>;

/** The Incident plan's maintenance windows: silences planned ahead in Alertmanager, shown on the tickets they cover. */
export function MaintenanceWindows({ data }: { data: Data }) {
  return (
    <section className="space-y-3" aria-labelledby="maintenance" data-testid="maintenance-windows">
      <h2 id="maintenance" className="text-base font-semibold">Maintenance windows</h2>
      <p className="text-zinc-600 dark:text-zinc-400">
        A maintenance window silences the matching alerts in Alertmanager from its start to its end; the tickets it covers show it.
      </p>
      {data.clustered ? <p className="text-zinc-600 dark:text-zinc-400">It is created on one Alertmanager; its clustered peers share it by gossip.</p> : null}
      {data.unreachable ? <Notice tone="warning">{data.unreachable}</Notice> : null}
      <Table head={["Reason", "Matchers", "Start", "End", "State", "By", ""]} testId="maintenance-rows" empty={data.windows.length ? undefined : "No maintenance window planned."}>
        {data.windows.map((w) => (
          <tr key={w.id} data-window-id={w.id} data-state={w.state}>
            <td className={cellClass}>{w.reason}</td>
            <td className={`${cellClass} break-all font-mono text-xs`}>{w.matchers}</td>
            <td className={cellClass}>{formatDateTime(w.startsAt)}</td>
            <td className={cellClass}>{formatDateTime(w.endsAt)}</td>
            <td className={cellClass}>{stateLabels[w.state] ?? w.state}</td>
            <td className={cellClass}>{w.createdBy}</td>
            <td className={cellClass}>
              {w.canExpire ? (
                <ActionForm action={expireMaintenanceWindowAction} showSuccess={false}>
                  {({ pending }) => (
                    <>
                      <input type="hidden" name="windowId" value={w.id} />
                      <Button type="submit" variant="ghost" disabled={pending}>Expire now</Button>
                    </>
                  )}
                </ActionForm>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {data.canCreate ? <MaintenanceForm /> : null}
    </section>
  );
}
