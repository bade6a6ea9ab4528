import { useTranslations } from "next-intl";
import { stepInfo, type Step } from "@/lib/domain/lifecycle/steps";
import type { Priority } from "@/lib/domain/priority";

const stepTone: Record<Step, string> = {
  REGISTRATION: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-300",
  CLASSIFICATION: "bg-indigo-100 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-300",
  TREATMENT: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-300",
  SOLUTION: "bg-teal-100 text-teal-800 dark:bg-teal-950 dark:text-teal-300",
  VALIDATION: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-300",
  REMEDIATION: "bg-lime-100 text-lime-900 dark:bg-lime-950 dark:text-lime-300",
  CLOSURE: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

export function StepBadge({ step }: { step: Step }) {
  const t = useTranslations("lifecycle.steps");
  return (
    <span title={t(`${step}.state`)} className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${stepTone[step]}`}>
      <span className="font-mono opacity-70">{stepInfo[step].number}</span> {t(`${step}.label`)}
    </span>
  );
}

const priorityTone: Record<Priority, string> = {
  1: "text-zinc-600 dark:text-zinc-400",
  2: "text-zinc-600 dark:text-zinc-400",
  3: "text-amber-700 dark:text-amber-400",
  4: "text-orange-700 dark:text-orange-400",
  5: "text-rose-700 dark:text-rose-400 font-semibold",
  6: "text-white bg-rose-700 px-1 rounded font-semibold",
};

export const asPriority = (priority: number) => Math.min(6, Math.max(1, priority)) as Priority;

/**
 * "Very high (P5)": the name first, then the number, as on the Team settings' matrix. GLPI people read the
 * number as Vigie's (6 = major); PagerDuty people, for whom P1 is the worst, read the name.
 */
export function usePriorityLabel() {
  const t = useTranslations("admin");
  return (priority: number) => {
    const p = asPriority(priority);
    return t("priority", { label: t(`priorities.${p}`), priority: p });
  };
}

export function PriorityBadge({ priority }: { priority: number }) {
  const label = usePriorityLabel();
  return <span className={`whitespace-nowrap text-xs ${priorityTone[asPriority(priority)]}`} data-priority={asPriority(priority)}>{label(priority)}</span>;
}

export const signals = ["FIRING", "RESOLVED", "NONE"] as const;
export type Signal = (typeof signals)[number];
export const asSignal = (signal: string): Signal => (signal === "FIRING" || signal === "RESOLVED" ? signal : "NONE");

export function SignalBadge({ signal, flapping }: { signal: string; flapping?: boolean }) {
  const t = useTranslations("tickets");
  const s = asSignal(signal);
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-xs" data-signal={signal}>
      <span className={`h-2 w-2 rounded-full ${s === "FIRING" ? "animate-pulse bg-rose-500" : s === "RESOLVED" ? "bg-emerald-500" : "bg-zinc-400"}`} aria-hidden />
      {t(`signal.${s}`)}
      {flapping ? <span className="rounded bg-orange-100 px-1 text-[10px] font-semibold uppercase text-orange-800 dark:bg-orange-950 dark:text-orange-300">{t("signal.flapping")}</span> : null}
    </span>
  );
}
