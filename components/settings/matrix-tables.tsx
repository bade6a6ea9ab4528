import { levelLabels, levels, priorityLabels, type PriorityMatrix } from "@/lib/domain/priority";
import type { SlaTargets } from "@/lib/domain/sla";
import { formatDuration } from "@/lib/format";

export function PriorityMatrixTable({ matrix }: { matrix: PriorityMatrix }) {
  return (
    <table className="text-xs" aria-label="Priority matrix">
      <thead>
        <tr>
          <th className="px-2 py-1 text-left font-medium text-zinc-500">Urgency ↓ / Impact →</th>
          {levels.map((i) => <th key={i} className="px-2 py-1 font-medium">{levelLabels[i]}</th>)}
        </tr>
      </thead>
      <tbody>
        {[...levels].reverse().map((u) => (
          <tr key={u}>
            <th className="px-2 py-1 text-left font-medium">{levelLabels[u]}</th>
            {levels.map((i) => <td key={i} className="px-2 py-1 text-center">P{matrix[u][i]} {priorityLabels[matrix[u][i]]}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SlaTable({ targets }: { targets: SlaTargets }) {
  return (
    <table className="text-xs" aria-label="SLA targets">
      <thead>
        <tr><th className="px-2 py-1 text-left">Priority</th><th className="px-2 py-1">Assigned within</th><th className="px-2 py-1">Solved within</th></tr>
      </thead>
      <tbody>
        {([6, 5, 4, 3, 2, 1] as const).map((p) => (
          <tr key={p}>
            <td className="px-2 py-1">P{p} {priorityLabels[p]}</td>
            <td className="px-2 py-1 text-center">{formatDuration(targets[p].assignMinutes * 60_000)}</td>
            <td className="px-2 py-1 text-center">{formatDuration(targets[p].solveMinutes * 60_000)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
