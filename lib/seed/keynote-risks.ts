import type { RiskLevel, Strategy } from "@/lib/domain/risk";

// The keynote's risk matrix and its treatments (reference/keynote-T-NSA_800.txt, "Matrice des risques" and
// "Traitement des risques"), word for word in meaning. R6 has no treatment in the keynote: it stays untreated.
export type KeynoteRisk = {
  code: string;
  description: string;
  impact: RiskLevel;
  probability: RiskLevel;
  consequences: string;
  strategy: Strategy | null;
  treatment: string | null;
};

export const keynoteRisks: KeynoteRisk[] = [
  {
    code: "R1",
    description: "The alerting service goes down and nobody notices (non-détection de l'indisponibilité du service d'alerte).",
    impact: 3, probability: 3,
    consequences: "Incidents on the platform go undetected.",
    strategy: "MITIGATE",
    treatment: "A test alert (the Watchdog) reports every 2 days that the alerting server is alive. If it does not arrive, the alerting service is considered faulty: Vigie opens an incident and emails the admins directly.",
  },
  {
    code: "R2",
    description: "No administrator is available to solve a problem on the platform.",
    impact: 3, probability: 3,
    consequences: "The voting platform becomes unavailable.",
    strategy: "MITIGATE",
    treatment: "Three competent administrators are available to solve incidents on the platform, and all three receive the alert emails.",
  },
  {
    code: "R3",
    description: "Data loss caused by a database crash.",
    impact: 3, probability: 3,
    consequences: "The voting system malfunctions.",
    strategy: "MITIGATE",
    treatment: "Backup systems for the databases (PostgreSQL and Redis) are deployed: a full PostgreSQL backup every day at 04:00 kept 2 days; Redis saved on change and exported daily to a backup server.",
  },
  {
    code: "R4",
    description: "An attack on the web platform.",
    impact: 3, probability: 4,
    consequences: "Corrupted votes and/or a malfunctioning platform.",
    strategy: "TRANSFER",
    treatment: "The risk is unacceptable and has been delegated to the SOC, which is in charge of the platform's security.",
  },
  {
    code: "R5",
    description: "Loss of one of the servers.",
    impact: 3, probability: 1,
    consequences: "The platform stops working.",
    strategy: "MITIGATE",
    treatment: "Automation is in place so that a server can be reinstalled quickly and in the same state as before the incident.",
  },
  {
    code: "R6",
    description: "Crash of the database backup system.",
    impact: 3, probability: 1,
    consequences: "Data is lost for good if the database crashes.",
    strategy: null,
    treatment: null,
  },
];
