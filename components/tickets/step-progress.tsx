import { useTranslations } from "next-intl";
import { stepInfo, steps, type Step } from "@/lib/domain/lifecycle/steps";

/**
 * The seven steps of the plan as a bar: those passed, the one the ticket is at, those to come. On a phone only
 * the current step's name shows beside the bar; every name stays readable by screen readers.
 */
export function StepProgress({ step }: { step: Step }) {
  const t = useTranslations("tickets.progress");
  const s = useTranslations("lifecycle.steps");
  const at = stepInfo[step].number;
  return (
    <nav aria-label={t("label")} data-testid="step-progress">
      <p className="mb-1 text-xs text-zinc-600 sm:hidden dark:text-zinc-400">{t("stepOf", { number: at, label: s(`${step}.label`) })}</p>
      <ol className="grid grid-cols-7 gap-1">
        {steps.map((each) => {
          const n = stepInfo[each].number;
          const state = n < at ? "done" : n === at ? "current" : "todo";
          return (
            <li key={each} aria-current={state === "current" ? "step" : undefined} data-state={state} className="min-w-0">
              <div className={`h-1.5 rounded-full ${state === "todo" ? "bg-zinc-200 dark:bg-zinc-800" : state === "current" ? "bg-sky-700 dark:bg-sky-400" : "bg-sky-300 dark:bg-sky-800"}`} aria-hidden />
              <div className={`mt-1 hidden truncate text-[11px] sm:block ${state === "current" ? "font-semibold text-zinc-900 dark:text-zinc-100" : "text-zinc-600 dark:text-zinc-400"}`}>
                <span className="font-mono">{n}</span> {s(`${each}.label`)}
              </div>
              <span className="sr-only sm:hidden">{s(`${each}.label`)}</span>
              <span className="sr-only">{t(`state.${state}`)}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
