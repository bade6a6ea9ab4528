import Link from "next/link";
import { Table } from "@/components/ui/table";
import { criticalityLabels, impactLabels, probabilityLabels, strategyLabels, type RiskLevel } from "@/lib/domain/risk";
import type { RiskRow } from "@/lib/server/risks/list-risks";
import { criticalityTone } from "./heat-map";

export function RiskTable({ risks }: { risks: RiskRow[] }) {
  return (
    <Table head={["Risk", "Impact · probability", "Criticality", "Treatment", "Incidents (90 d)"]} testId="risk-rows" empty={risks.length === 0 ? "No risk in this cell." : undefined}>
          {risks.map((r) => (
            <tr key={r.id} className="align-top">
              <td className="max-w-md px-3 py-2">
                <Link href={`/risks/${r.code}`} className="font-mono font-semibold text-sky-700 hover:underline dark:text-sky-400">{r.code}</Link>{" "}
                <span>{r.description}</span>
                <div className="mt-0.5 text-zinc-500">If it happens: {r.consequences}</div>
              </td>
              <td className="whitespace-nowrap px-3 py-2">{impactLabels[r.impact as RiskLevel].en} · {probabilityLabels[r.probability as RiskLevel].en}</td>
              <td className="px-3 py-2"><span className={`rounded px-1.5 py-0.5 font-medium ${criticalityTone[r.criticality]}`}>{criticalityLabels[r.criticality].en}</span></td>
              <td className="max-w-sm px-3 py-2">
                {r.strategy ? <span className="font-medium">{strategyLabels[r.strategy]}</span> : <span className="font-semibold text-rose-700 dark:text-rose-400">Untreated</span>}
                {r.treatment ? <div className="text-zinc-600 dark:text-zinc-400">{r.treatment}</div> : null}
                {r.owner ? <div className="text-zinc-500">Owner: {r.owner.name}</div> : null}
              </td>
              <td className="px-3 py-2">{r.incidents.recent} <span className="text-zinc-500">({r.incidents.total} in all)</span></td>
            </tr>
          ))}
    </Table>
  );
}
