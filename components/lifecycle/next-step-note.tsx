import { useTranslations } from "next-intl";
import { steps, type Step } from "@/lib/domain/lifecycle/steps";

/** For whoever cannot move the ticket (observers, a technician not assigned): what happens next, and by whom. */
export function NextStepNote({ step }: { step: Step }) {
  const t = useTranslations("tickets.next");
  const s = useTranslations("lifecycle.steps");
  const next = steps[steps.indexOf(step) + 1];
  if (!next) return null;
  return (
    <section aria-labelledby="next-step" className="rounded-lg border border-zinc-200 bg-white p-3 text-sm dark:border-zinc-800 dark:bg-zinc-900" data-testid="next-step">
      <h2 id="next-step" className="font-medium">{t("watchTitle")}</h2>
      <p className="text-zinc-700 dark:text-zinc-300">{t("watch", { who: s(`${next}.who`), what: t(step) })}</p>
    </section>
  );
}
