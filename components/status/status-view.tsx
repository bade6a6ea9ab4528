import { useFormatter, useTranslations } from "next-intl";
import type { PublicStatusView } from "@/lib/server/status/get-public-status";
import { IncidentCard } from "./incident-card";
import { bannerTone, stateDot, stateText } from "./state-style";
import { UptimeBar } from "./uptime-bar";

/** The public status page, from its read model only (lib/server/status/get-public-status.ts). */
export function StatusView({ view }: { view: PublicStatusView }) {
  const t = useTranslations("status");
  const format = useFormatter();
  return (
    <div className="space-y-8">
      <section className={`rounded-lg border px-4 py-3 text-base font-medium ${bannerTone[view.overall]}`} data-testid="overall-state">
        {t(`overall.${view.overall}`)}
        <p className="mt-0.5 text-xs font-normal opacity-80">{t("updatedAt", { time: format.dateTime(view.generatedAt, { timeStyle: "medium" }) })}</p>
      </section>

      {view.active.length ? (
        <section aria-labelledby="active" className="space-y-3">
          <h2 id="active" className="text-lg font-semibold">{t("active")}</h2>
          {view.active.map((incident) => <IncidentCard key={incident.id} incident={incident} />)}
        </section>
      ) : null}

      <section aria-labelledby="services" className="space-y-3">
        <h2 id="services" className="text-lg font-semibold">{t("services")}</h2>
        {view.services.length === 0 ? <p className="text-zinc-500">{t("noServices")}</p> : null}
        <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {view.services.map((service) => (
            <li key={service.id} className="space-y-2 p-4" data-testid={`service-${service.name}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <div>
                  <h3 className="font-medium">{service.name}</h3>
                  {service.description ? <p className="text-xs text-zinc-500">{service.description}</p> : null}
                </div>
                <span className={`flex items-center gap-1.5 text-sm font-medium ${stateText[service.state]}`} data-testid="service-state">
                  <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${stateDot[service.state]}`} />
                  {t(`states.${service.state}`)}
                </span>
              </div>
              <UptimeBar name={service.name} history={service.history} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history" className="space-y-3">
        <h2 id="history" className="text-lg font-semibold">{t("history")}</h2>
        {view.recent.length === 0 ? <p className="text-zinc-500">{t("noHistory")}</p> : view.recent.map((incident) => <IncidentCard key={incident.id} incident={incident} />)}
      </section>
    </div>
  );
}
