import { useTranslations } from "next-intl";
import type { TicketWorkspace } from "@/lib/server/tickets/get-ticket-workspace";

/**
 * Step 5 for everyone, the solver and the admins who voted included: the policy, how many approvals it needs,
 * who approved and who may still vote. The solver's own approval never counts, so the solver is named apart.
 */
export function ValidationTally({ quorum }: { quorum: TicketWorkspace["quorum"] }) {
  const t = useTranslations("tickets.quorum");
  const reachable = Number.isFinite(quorum.needed);
  const none = t("nobody");
  return (
    <section aria-labelledby="validation-tally" className="space-y-1 rounded-lg border border-violet-200 bg-violet-50/60 p-3 text-sm dark:border-violet-900 dark:bg-violet-950/30" data-testid="validation-tally">
      <h2 id="validation-tally" className="font-medium">
        {reachable ? t("count", { approvals: quorum.approvals, needed: quorum.needed }) : t("unreachable")}
      </h2>
      <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(`policy.${quorum.policy}`)}</p>
      <dl className="grid gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[auto_1fr]">
        <dt className="text-zinc-600 dark:text-zinc-400">{t("approved")}</dt>
        <dd data-testid="approvers">{quorum.approvers.join(", ") || none}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">{t("mayStillVote")}</dt>
        <dd data-testid="may-still-vote">{quorum.mayStillVote.join(", ") || none}</dd>
        {quorum.solver ? (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">{t("solver")}</dt>
            <dd>{t("solverDoesNotCount", { name: quorum.solver })}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
