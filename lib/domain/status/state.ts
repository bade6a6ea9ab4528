import { solvedSteps, type Step } from "@/lib/domain/lifecycle/steps";
import { matchesLabels, type Labels, type Matcher } from "@/lib/domain/silences/matchers";

// A service's public state, from two sources: the open tickets linked to it (what the machine sees) and what
// admins stated publicly about a ticket (what people decided to say). A stated ticket is the admins' word only:
// once a person has spoken about an incident, the public hears that, not the machine's guess.
export const impacts = ["DEGRADED", "PARTIAL_OUTAGE", "MAJOR_OUTAGE"] as const;
export type Impact = (typeof impacts)[number];
export const serviceStates = ["OPERATIONAL", ...impacts] as const;
export type ServiceState = (typeof serviceStates)[number];
export const publicStatuses = ["INVESTIGATING", "IDENTIFIED", "MONITORING", "RESOLVED"] as const;
export type PublicStatus = (typeof publicStatuses)[number];

const rank: Record<ServiceState, number> = { OPERATIONAL: 0, DEGRADED: 1, PARTIAL_OUTAGE: 2, MAJOR_OUTAGE: 3 };
export const worstOf = (states: ServiceState[]): ServiceState => states.reduce<ServiceState>((a, b) => (rank[b] > rank[a] ? b : a), "OPERATIONAL");

export type ServiceLinks = { id: string; name: string; categories: string[]; riskCodes: string[]; labelMatchers: Matcher[][] };

export type LinkedTicket = {
  id: string;
  step: Step;
  signal: "FIRING" | "RESOLVED" | "NONE";
  priority: number;
  category: string | null;
  riskCodes: string[];
  leadLabels: Labels;
  /** The services classification named (free text): the service's name links it, without case. */
  affectedServices: string[];
  source: "ALERT" | "MANUAL" | "HEARTBEAT" | "PUBLIC";
  /** A public report counts once an admin confirmed it; other sources are always verified. */
  verified: boolean;
  /** The service a visitor named in their report. */
  reportedServiceId: string | null;
};

export type StatedIncident = { ticketId: string; impact: Impact; status: PublicStatus; serviceIds: string[] };

/** A ticket affects a service through its category, its risks, its lead alert's labels, the services named at classification, or the report's service. */
export function ticketAffects(service: ServiceLinks, ticket: LinkedTicket): boolean {
  if (ticket.reportedServiceId === service.id) return true;
  if (ticket.affectedServices.some((name) => name.trim().toLowerCase() === service.name.trim().toLowerCase())) return true;
  if (ticket.category && service.categories.includes(ticket.category)) return true;
  if (ticket.riskCodes.some((code) => service.riskCodes.includes(code))) return true;
  return service.labelMatchers.some((set) => set.length > 0 && matchesLabels(set, ticket.leadLabels));
}


/**
 * What an open ticket nobody spoke about says: nothing once closed, unverified, or solved with its alert quiet
 * (the team is validating, the service is back); else its priority: P6 (major) a major outage, P5 a partial
 * outage, lower a degradation.
 */
export function automaticImpact(ticket: LinkedTicket): Impact | null {
  if (ticket.step === "CLOSURE" || !ticket.verified) return null;
  if (solvedSteps.includes(ticket.step) && ticket.signal !== "FIRING") return null;
  if (ticket.priority >= 6) return "MAJOR_OUTAGE";
  if (ticket.priority === 5) return "PARTIAL_OUTAGE";
  return "DEGRADED";
}

/** Each service's current state. `stated`: every public incident (resolved ones too: they still silence their ticket). */
export function currentStates(services: ServiceLinks[], tickets: LinkedTicket[], stated: StatedIncident[]): Map<string, ServiceState> {
  const statedTickets = new Set(stated.map((i) => i.ticketId));
  const states = new Map<string, ServiceState>();
  for (const service of services) {
    const fromStatements = stated.filter((i) => i.status !== "RESOLVED" && i.serviceIds.includes(service.id)).map((i) => i.impact);
    const fromTickets = tickets.filter((t) => !statedTickets.has(t.id) && ticketAffects(service, t)).flatMap((t) => automaticImpact(t) ?? []);
    states.set(service.id, worstOf([...fromStatements, ...fromTickets]));
  }
  return states;
}
