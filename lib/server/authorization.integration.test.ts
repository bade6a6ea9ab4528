import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { getHeartbeat } from "./alerts/get-heartbeat";
import { addFollowUp } from "./lifecycle/add-follow-up";
import { addRemediationAction, updateRemediationAction } from "./lifecycle/remediation-actions";
import { reportIncident } from "./lifecycle/report-incident";
import { transitionTicket } from "./lifecycle/transition-ticket";
import { listOutbox, retryEmailNow } from "./mail/list-outbox";
import { getTeamSettings } from "./settings/get-team-settings";
import { updateQuorumPolicy } from "./settings/update-quorum-policy";
import { getTicket } from "./tickets/get-ticket";
import { getRisk } from "./risks/get-risk";
import { linkRisk } from "./risks/link-risk";
import { listRisks } from "./risks/list-risks";
import { createRisk, updateRisk } from "./risks/save-risk";
import { updateSetting } from "./settings/update-setting";
import { listPeople } from "./users/list-people";
import { getIncidentMetrics } from "./metrics/get-incident-metrics";
import { getRex } from "./rex/get-rex";
import { listRexes } from "./rex/list-rexes";
import { createRex, createRexFromTicket, publishRex, updateRex } from "./rex/write-rex";
import { defaultSlaTargets } from "@/lib/domain/sla";
import { listTickets } from "./tickets/list-tickets";
import { createApiToken } from "./tokens/create-api-token";
import { listApiTokens } from "./tokens/list-api-tokens";
import { revokeApiToken } from "./tokens/revoke-api-token";
import { changeUserRole } from "./users/change-user-role";
import { createUser } from "./users/create-user";
import { listUsers } from "./users/list-users";
import { resetUserPassword } from "./users/reset-user-password";
import { setUserActive } from "./users/set-user-active";

// Every use case behind a page, a server action or a route, for every role: allowed or refused as designed.
// Refused means FORBIDDEN; an allowed call may still fail for its own reasons (no such id, wrong step).
const ALL: Role[] = ["ADMIN", "TECHNICIAN", "OBSERVER"];
const riskFields = { description: "d", impact: 1, probability: 1, consequences: "c", strategy: null, treatment: null, ownerId: null, reviewDate: null };
const NONE = "00000000-0000-4000-8000-000000000000";
let ticketId: string;

const cases: [string, Role[], (actor: Actor) => Promise<unknown>][] = [
  ["listTickets", ALL, (actor) => listTickets({ actor, query: { step: [], signal: [], category: [], priority: [], text: "", sort: "newest", page: 1, pageSize: 5 } })],
  ["getTicket", ALL, (actor) => getTicket({ actor, ticketId })],
  ["getHeartbeat", ALL, (actor) => getHeartbeat({ actor })],
  ["reportIncident", ALL, (actor) => reportIncident({ actor, input: { title: "matrix", description: "", urgency: 3, category: undefined } })],
  ["transition: classify", ["ADMIN"], async (actor) => transitionTicket({ ticketId: await ticketAt("REGISTRATION"), actor, request: { action: "classify", impact: 3, urgency: 3, category: "OTHER", affectedServices: [] } })],
  ["transition: reopen", ["ADMIN"], async (actor) => transitionTicket({ ticketId: await ticketAt("CLOSURE"), actor, request: { action: "reopen", reason: "r" } })],
  ["addFollowUp", ["ADMIN", "TECHNICIAN"], (actor) => addFollowUp({ actor, ticketId, body: "b" })],
  ["addRemediationAction", ["ADMIN"], (actor) => addRemediationAction({ actor, ticketId, title: "t", ownerId: actor.id })],
  ["updateRemediationAction", ["ADMIN", "TECHNICIAN"], (actor) => updateRemediationAction({ actor, actionId: NONE, state: "DONE" })],
  ["listUsers", ["ADMIN"], (actor) => listUsers({ actor })],
  ["createUser", ["ADMIN"], (actor) => createUser({ actor, input: { email: `m-${Math.random()}@vigie.test`, name: "m", role: "OBSERVER" } })],
  ["changeUserRole", ["ADMIN"], (actor) => changeUserRole({ actor, userId: NONE, role: "ADMIN" })],
  ["setUserActive", ["ADMIN"], (actor) => setUserActive({ actor, userId: NONE, active: false })],
  ["resetUserPassword", ["ADMIN"], (actor) => resetUserPassword({ actor, userId: NONE })],
  ["listApiTokens", ["ADMIN"], (actor) => listApiTokens({ actor })],
  ["createApiToken", ["ADMIN"], (actor) => createApiToken({ actor, input: { name: "m", purpose: "ALERTMANAGER", role: undefined } })],
  ["revokeApiToken", ["ADMIN"], (actor) => revokeApiToken({ actor, tokenId: NONE })],
  ["listOutbox", ["ADMIN"], (actor) => listOutbox({ actor })],
  ["retryEmailNow", ["ADMIN"], (actor) => retryEmailNow({ actor, emailId: NONE })],
  ["getTeamSettings", ["ADMIN"], (actor) => getTeamSettings({ actor })],
  ["updateQuorumPolicy", ["ADMIN"], (actor) => updateQuorumPolicy({ actor, policy: "ONE_OTHER_ADMIN" })],
  ["updateSetting", ["ADMIN"], (actor) => updateSetting({ actor, key: "slaTargets", value: defaultSlaTargets })],
  ["listRisks", ALL, (actor) => listRisks({ actor })],
  ["getRisk", ALL, (actor) => getRisk({ actor, code: "R0" })],
  ["createRisk", ["ADMIN"], (actor) => createRisk({ actor, input: { code: `R${Math.floor(Math.random() * 9000) + 1000}`, ...riskFields } })],
  ["updateRisk", ["ADMIN"], (actor) => updateRisk({ actor, riskId: NONE, version: 0, input: riskFields })],
  ["linkRisk", ["ADMIN", "TECHNICIAN"], (actor) => linkRisk({ actor, ticketId, code: "R0", linked: false })],
  ["listPeople", ALL, (actor) => listPeople({ actor })],
  ["getIncidentMetrics", ALL, (actor) => getIncidentMetrics({ actor, days: 30 })],
  ["listRexes", ALL, (actor) => listRexes({ actor })],
  ["getRex", ALL, (actor) => getRex({ actor, rexId: NONE })],
  ["createRex", ["ADMIN", "TECHNICIAN"], (actor) => createRex({ actor, input: { title: "m", context: "", courseNarrative: "", weakPoint: "", actionsTaken: "", recommendations: "", riskCodes: [] } })],
  ["createRexFromTicket", ["ADMIN", "TECHNICIAN"], (actor) => createRexFromTicket({ actor, ticketId: NONE })],
  ["updateRex", ["ADMIN", "TECHNICIAN"], (actor) => updateRex({ actor, rexId: NONE, version: 0, input: { title: "m", context: "", courseNarrative: "", weakPoint: "", actionsTaken: "", recommendations: "", riskCodes: [] } })],
  ["publishRex", ["ADMIN"], (actor) => publishRex({ actor, rexId: NONE })],
];

const actors = {} as Record<Role, Actor>;

async function ticketAt(step: "REGISTRATION" | "CLOSURE") {
  return (await testDb().ticket.create({ data: { title: "Authorization matrix", source: "MANUAL", step } })).id;
}

beforeAll(async () => {
  for (const role of ALL) actors[role] = await actorWithRole(role);
  ticketId = (await testDb().ticket.create({ data: { title: "Authorization matrix", source: "MANUAL", step: "CLOSURE" } })).id;
});

describe.each(ALL)("as %s", (role) => {
  it.each(cases)("%s", async (_name, allowed, call) => {
    const outcome = await call(actors[role]).then(() => "ok", (error: { code?: string }) => error.code ?? "error");
    if (allowed.includes(role)) expect(outcome).not.toBe("FORBIDDEN");
    else expect(outcome).toBe("FORBIDDEN");
  });
});
