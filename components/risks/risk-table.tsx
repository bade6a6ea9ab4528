import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { RiskLevel } from "@/lib/domain/risk";
import type { RiskRow } from "@/lib/server/risks/list-risks";
import { criticalityClass, criticalityStyle } from "./criticality-palette";

export async function RiskTable({ risks }: { risks: RiskRow[] }) {
  const t = await getTranslations("risks");
  return (
    <Table
      head={[t("table.risk"), t("table.levels"), t("table.criticality"), t("table.treatment"), t("table.incidents")]}
      testId="risk-rows"
      empty={risks.length === 0 ? t("table.empty") : undefined}
    >
      {risks.map((r) => (
        <tr key={r.id} className="align-top">
          <td className="max-w-md px-3 py-2">
            <Link href={`/risks/${r.code}`} className="font-mono font-semibold text-sky-700 hover:underline dark:text-sky-400">{r.code}</Link>{" "}
            <span>{r.description}</span>
            <div className="mt-0.5 text-zinc-500">{t("ifItHappens", { consequences: r.consequences })}</div>
          </td>
          <td className="whitespace-nowrap px-3 py-2">{t(`impact.${r.impact as RiskLevel}`)} · {t(`probability.${r.probability as RiskLevel}`)}</td>
          <td className="px-3 py-2"><span className={`rounded px-1.5 py-0.5 font-medium ${criticalityClass}`} style={criticalityStyle(r.criticality)}>{t(`criticality.${r.criticality}`)}</span></td>
          <td className="max-w-sm px-3 py-2">
            {r.strategy ? <span className="font-medium">{t(`strategy.${r.strategy}`)}</span> : <span className="font-semibold text-rose-700 dark:text-rose-400">{t("untreated")}</span>}
            {r.treatment ? <div className="text-zinc-600 dark:text-zinc-400">{r.treatment}</div> : null}
            {r.owner ? <div className="text-zinc-500">{t("table.owner", { name: r.owner.name })}</div> : null}
          </td>
          <td className="px-3 py-2">{r.incidents.recent} <span className="text-zinc-500">{t("table.total", { total: r.incidents.total })}</span></td>
        </tr>
      ))}
    </Table>
  );
}
