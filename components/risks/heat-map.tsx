import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { criticalityOf, riskLevels } from "@/lib/domain/risk";
import type { RiskRow } from "@/lib/server/risks/list-risks";
import { criticalityClass, criticalityStyle } from "./criticality-palette";

/** Impact × probability, each cell coloured by its criticality with the number of risks in it; a click filters. */
export async function HeatMap({ risks, selected }: { risks: RiskRow[]; selected?: { impact: number; probability: number } }) {
  const t = await getTranslations("risks");
  return (
    // Scrolls sideways inside its own box on a phone; each cell says its criticality in words, not only in colour.
    <div className="max-w-full overflow-x-auto">
    <table className="text-xs" aria-label={t("heatMap.label")} data-testid="heat-map">
      <thead>
        <tr>
          <th className="px-2 py-1 text-left font-medium text-zinc-500">{t("heatMap.corner")}</th>
          {riskLevels.map((p) => <th key={p} className="px-2 py-1 font-medium">{t(`probability.${p}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {[...riskLevels].reverse().map((i) => (
          <tr key={i}>
            <th className="px-2 py-1 text-left font-medium">{t(`impact.${i}`)}</th>
            {riskLevels.map((p) => {
              const inCell = risks.filter((r) => r.impact === i && r.probability === p);
              const criticality = criticalityOf(i, p);
              const isSelected = selected?.impact === i && selected.probability === p;
              return (
                <td key={p} className="p-0.5">
                  <Link
                    href={isSelected ? "/risks" : `/risks?impact=${i}&probability=${p}`}
                    aria-current={isSelected ? "true" : undefined}
                    className={`flex h-16 w-20 flex-col items-center justify-center rounded sm:w-24 ${criticalityClass} ${isSelected ? "ring-2 ring-sky-500 ring-offset-2 ring-offset-white dark:ring-offset-zinc-950" : ""}`}
                    style={criticalityStyle(criticality)}
                    data-criticality={criticality}
                  >
                    <span className="sr-only">{t("heatMap.cell", { impact: t(`impact.${i}`), probability: t(`probability.${p}`), count: inCell.length, criticality: t(`criticality.${criticality}`) })}</span>
                    <span className="text-lg font-semibold" aria-hidden={inCell.length === 0}>{inCell.length || ""}</span>
                    <span className="text-[10px]">{inCell.map((r) => r.code).join(" ")}</span>
                    <span className="text-[10px] font-medium uppercase tracking-wide">{t(`criticality.${criticality}`)}</span>
                  </Link>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
