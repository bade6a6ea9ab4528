import { useFormatter, useTranslations } from "next-intl";
import type { PublicIncidentView } from "@/lib/server/status/get-public-status";
import { stateText } from "./state-style";

/** One public incident: the admins' title, the services it affects, and their updates, newest first. */
export function IncidentCard({ incident }: { incident: PublicIncidentView }) {
  const t = useTranslations("status");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <article className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="public-incident">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{incident.title}</h3>
        <span className={`text-xs font-medium ${incident.status === "RESOLVED" ? stateText.OPERATIONAL : stateText[incident.impact]}`}>
          {incident.status === "RESOLVED" ? t("statuses.RESOLVED") : t(`states.${incident.impact}`)}
        </span>
      </header>
      {incident.services.length ? <p className="mt-1 text-xs text-zinc-500">{t("affects", { services: incident.services.join(", ") })}</p> : null}
      <ol className="mt-3 space-y-3 border-l border-zinc-200 pl-4 dark:border-zinc-700">
        {incident.updates.map((update) => (
          <li key={update.id}>
            <p className="text-sm">
              <span className="font-medium">{t(`statuses.${update.status}`)}</span>
              <span className="text-zinc-500"> · <time dateTime={update.at.toISOString()}>{when(update.at)}</time></span>
            </p>
            <p className="mt-0.5 whitespace-pre-line text-zinc-700 dark:text-zinc-300">{update.message}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}
