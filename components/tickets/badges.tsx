import { stepInfo, type Step } from "@/lib/domain/lifecycle/steps";
import { priorityLabels, type Priority } from "@/lib/domain/priority";

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
  const info = stepInfo[step];
  return (
    <span title={info.state} className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${stepTone[step]}`}>
      <span className="font-mono opacity-60">{info.number}</span> {info.label}
    </span>
  );
}

const priorityTone: Record<Priority, string> = {
  1: "text-zinc-500",
  2: "text-zinc-600 dark:text-zinc-400",
  3: "text-amber-700 dark:text-amber-400",
  4: "text-orange-700 dark:text-orange-400",
  5: "text-rose-700 dark:text-rose-400 font-semibold",
  6: "text-white bg-rose-700 px-1 rounded font-semibold",
};

export function PriorityBadge({ priority }: { priority: number }) {
  const p = Math.min(6, Math.max(1, priority)) as Priority;
  return (
    <span className={`whitespace-nowrap text-xs ${priorityTone[p]}`} title={`Priority ${p}`}>
      P{p} · {priorityLabels[p]}
    </span>
  );
}

export function SignalBadge({ signal, flapping }: { signal: string; flapping?: boolean }) {
  const firing = signal === "FIRING";
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap text-xs" data-signal={signal}>
      <span className={`h-2 w-2 rounded-full ${firing ? "animate-pulse bg-rose-500" : signal === "RESOLVED" ? "bg-emerald-500" : "bg-zinc-400"}`} aria-hidden />
      {firing ? "Firing" : signal === "RESOLVED" ? "Resolved" : "No alert"}
      {flapping ? <span className="rounded bg-orange-100 px-1 text-[10px] font-semibold uppercase text-orange-800 dark:bg-orange-950 dark:text-orange-300">flapping</span> : null}
    </span>
  );
}
