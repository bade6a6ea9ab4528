// The keynote's two incident reports ("Retour d'expérience"), seeded as published REX.
export const keynoteRex = [
  {
    title: "Incident 1: the PostgreSQL service stopped",
    context: "The PostgreSQL service stopped, which prevented votes from being recorded in the database.",
    courseNarrative: "The incident showed itself as the PostgreSQL service stopping: the voting platform could no longer record votes in the database.",
    weakPoint: "A configuration error in PostgreSQL's pg_hba.conf file: incorrect characters had been added to the file.",
    actionsTaken: "The incorrect characters inserted in the file were removed, then the service was restarted.",
    recommendations: "Be vigilant when modifying configuration files.",
    riskCodes: ["R3"],
  },
  {
    title: "Incident 2: the web application crashed",
    context: "The page that shows how the votes are progressing was unavailable.",
    courseNarrative: "The incident showed itself as the vote progress page being unavailable.",
    weakPoint: "The PostgreSQL database was temporarily unavailable.",
    actionsTaken: "Solving the incident only took restarting the Docker containers after the database was restarted.",
    recommendations: "Plan a recovery process (failover).",
    riskCodes: ["R3"],
  },
] as const;
