// The incident plan's detection measures and suggestions (keynote, "Détection" and "Suggestions").
// The seven steps come from lifecycle/steps.ts and the risk treatments from the register: not copied here.
export const detectionMeasures = [
  "Alert emails to at least three administrators for every incident (Alertmanager's admins route).",
  "Active watch of the platform's state on Grafana, day and night, by a SOC (observers in Vigie).",
  "Incidents reported by the platform's users, registered by hand by anyone signed in.",
];

export const monitoringGroups = [
  { name: "Server state", text: "Watches the state of the servers hosting the applications." },
  { name: "Service state", text: "Watches the services and applications (PostgreSQL, the web application)." },
  { name: "Resource consumption", text: "Notifies excessive use of the servers' resources." },
];

export const backupPolicy = [
  "PostgreSQL: a full backup every day at 04:00, kept 2 days (pgBackRest).",
  "Redis: saved automatically on change; the backup file is exported every day to a backup server.",
];

export const suggestions = [
  { name: "Redundancy", text: "Standby servers, communication lines and power, so that the system keeps working when a key element fails." },
  { name: "Security", text: "Firewalls, intrusion detection and strong authentication against attacks that could disrupt the platform." },
  { name: "A disaster recovery plan", text: "The measures to restore the service after a planned or unplanned interruption." },
  { name: "Regular tests", text: "Hardware and software failures and attacks, tested before they cause interruptions." },
];
