import type { ServiceState } from "@/lib/domain/status/state";

// One colour per state, everywhere on the status page (text badges always say the state too: never colour alone).
export const stateDot: Record<ServiceState | "NO_DATA", string> = {
  OPERATIONAL: "bg-emerald-500",
  DEGRADED: "bg-amber-400",
  PARTIAL_OUTAGE: "bg-orange-500",
  MAJOR_OUTAGE: "bg-rose-600",
  NO_DATA: "bg-zinc-200 dark:bg-zinc-700",
};

export const stateText: Record<ServiceState, string> = {
  OPERATIONAL: "text-emerald-700 dark:text-emerald-400",
  DEGRADED: "text-amber-700 dark:text-amber-400",
  PARTIAL_OUTAGE: "text-orange-700 dark:text-orange-400",
  MAJOR_OUTAGE: "text-rose-700 dark:text-rose-400",
};

export const bannerTone: Record<ServiceState, string> = {
  OPERATIONAL: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100",
  DEGRADED: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-100",
  PARTIAL_OUTAGE: "border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-900 dark:bg-orange-950/50 dark:text-orange-100",
  MAJOR_OUTAGE: "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-100",
};
