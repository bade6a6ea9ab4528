import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { getHeartbeat } from "./alerts/get-heartbeat";
import { addFollowUp } from "./lifecycle/add-follow-up";
import { addMeasure } from "./lifecycle/add-measure";
import { updateMeasure } from "./lifecycle/update-measure";
import { reportIncident } from "./lifecycle/report-incident";
import { transitionTicket } from "./lifecycle/transition-ticket";
import { listOutbox } from "./mail/list-outbox";
import { retryEmail } from "./mail/retry-email";
import { getTeamSettings } from "./settings/get-team-settings";
import { updateQuorumPolicy } from "./settings/update-quorum-policy";
import { getTicket } from "./tickets/get-ticket";
import { bulkAct } from "./tickets/bulk-act";
import { acknowledgeTicket } from "./lifecycle/acknowledge-ticket";
import { takeTicket } from "./lifecycle/take-ticket";
import { deleteView } from "./views/delete-view";
import { listSavedViews } from "./views/list-saved-views";
import { saveView } from "./views/save-view";
import { ticketListQuerySchema } from "@/lib/validations/tickets";
import { getRisk } from "./risks/get-risk";
import { linkRisk } from "./risks/link-risk";
import { listRisks } from "./risks/list-risks";
import { createRisk } from "./risks/create-risk";
import { updateRisk } from "./risks/update-risk";
import { updateSetting } from "./settings/update-setting";
import { getRetention } from "./retention/get-retention";
import { updateRetention } from "./retention/update-retention";
import { listPeople } from "./users/list-people";
import { getIncidentMetrics } from "./metrics/get-incident-metrics";
import { getRex } from "./rex/get-rex";
import { listRexes } from "./rex/list-rexes";
import { addRexMeasure } from "./rex/add-rex-measure";
import { createRex } from "./rex/create-rex";
import { createRexFromTicket } from "./rex/create-rex-from-ticket";
import { publishRex } from "./rex/publish-rex";
import { updateRex } from "./rex/update-rex";
import { updateRexMeasure } from "./rex/update-rex-measure";
import { defaultSlaTargets } from "@/lib/domain/sla";
import { listTickets } from "./tickets/list-tickets";
import { openChangeStream } from "./live/open-change-stream";
import { createApiToken } from "./tokens/create-api-token";
import { listApiTokens } from "./tokens/list-api-tokens";
import { revokeApiToken } from "./tokens/revoke-api-token";
import { changeUserRole } from "./users/change-user-role";
import { createUser } from "./users/create-user";
import { listUsers } from "./users/list-users";
import { resetUserPassword } from "./users/reset-user-password";
import { setUserActive } from "./users/set-user-active";
import { resetUserMfa } from "./users/reset-user-mfa";
import { listSecurityEvents } from "./security/list-security-events";
import { getAccount } from "./account/get-account";
import { signOutEverywhere } from "./account/sign-out-everywhere";
import { createMaintenanceWindow } from "./silences/create-maintenance-window";
import { expireMaintenanceWindow } from "./silences/expire-maintenance-window";
import { expireTicketSilence } from "./silences/expire-ticket-silence";
import { extendTicketSilence } from "./silences/extend-ticket-silence";
import { getTicketSilences } from "./silences/get-ticket-silences";
import { listMaintenanceWindows } from "./silences/list-maintenance-windows";
import { silenceTicket } from "./silences/silence-ticket";
import { getNotificationModes } from "./account/get-notification-modes";
import { updateNotificationModes } from "./account/update-notification-modes";
import { createChannel } from "./channels/save-channel";
import { setChannelEnabled } from "./channels/set-channel-enabled";
import { getDigestWindow } from "./notifications/get-digest-window";
import { addOverride } from "./oncall/add-override";
import { getOnCall } from "./oncall/get-on-call";
import { removeOverride } from "./oncall/remove-override";
import { updateEscalationPolicy } from "./oncall/update-escalation-policy";
import { updateOnCallSettings } from "./oncall/update-on-call-settings";
import { updateRotation } from "./oncall/update-rotation";
import { defaultEscalationPolicy } from "@/lib/domain/escalation/schedule";
import { defaultModes } from "@/lib/domain/notifications/digest";
import { getStatusAdmin } from "./status/get-status-admin";
import { getTicketStatus } from "./status/get-ticket-status";
import { judgeReport } from "./status/judge-report";
import { postPublicUpdate } from "./status/post-public-update";
import { deleteService, saveService } from "./status/save-service";
import { setPublicReports } from "./status/set-public-reports";

// Every use case behind a page, a server action or a route, for every role: allowed or refused as designed.
// Refused means FORBIDDEN; an allowed call may still fail for its own reasons (no such id, wrong step).
const ALL: Role[] = ["ADMIN", "TECHNICIAN", "OBSERVER"];
const riskFields = { description: "d", impact: 1, probability: 1, consequences: "c", strategy: null, treatment: null, ownerId: null, reviewDate: null };
const NONE = "00000000-0000-4000-8000-000000000000";
/** The matrix's channel: nothing listens there (port 9, discard). */
const MATRIX_CHANNEL_URL = "http://127.0.0.1:9/matrix";
/** An override's times on a day a month from now: never "already over", as fixed 2030 dates would be from 2030 on. */
function monthAhead(from: string, to: string) {
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  return { startsAt: `${day}T${from}`, endsAt: `${day}T${to}` };
}
let ticketId: string;

const cases: [string, Role[], (actor: Actor) => Promise<unknown>][] = [
  ["listTickets", ALL, (actor) => listTickets({ actor, query: ticketListQuerySchema.parse({ pageSize: 5 }) })],
  ["openChangeStream", ALL, async (actor) => (await openChangeStream({ actor, onChange: () => {} }))?.()],
  ["acknowledgeTicket", ["ADMIN", "TECHNICIAN"], async (actor) => acknowledgeTicket({ actor, ticketId: await ticketAt("REGISTRATION") })],
  ["takeTicket", ["ADMIN", "TECHNICIAN"], async (actor) => takeTicket({ actor, ticketId: await ticketAt("TREATMENT") })],
  ["transition: closeAsDuplicate", ["ADMIN"], async (actor) => transitionTicket({ ticketId: await ticketAt("REGISTRATION"), actor, request: { transition: "closeAsDuplicate", duplicateOf: ticketId } })],
  ["bulkAct", ["ADMIN", "TECHNICIAN"], async (actor) => bulkAct({ actor, ticketIds: [await ticketAt("REGISTRATION")], action: "acknowledge", input: {} })],
  ["listSavedViews (one's own)", ALL, (actor) => listSavedViews({ actor })],
  ["saveView (one's own)", ALL, (actor) => saveView({ actor, name: "mine", query: "assignee=me" })],
  ["deleteView (one's own)", ALL, (actor) => deleteView({ actor, viewId: NONE })],
  ["getTicket", ALL, (actor) => getTicket({ actor, ticketId })],
  ["getHeartbeat", ALL, (actor) => getHeartbeat({ actor })],
  ["reportIncident", ALL, (actor) => reportIncident({ actor, input: { title: "matrix", description: "", urgency: 3, category: undefined } })],
  ["transition: classify", ["ADMIN"], async (actor) => transitionTicket({ ticketId: await ticketAt("REGISTRATION"), actor, request: { transition: "classify", impact: 3, urgency: 3, category: "OTHER", affectedServices: [] } })],
  ["transition: reopen", ["ADMIN"], async (actor) => transitionTicket({ ticketId: await ticketAt("CLOSURE"), actor, request: { transition: "reopen", reason: "r" } })],
  ["addFollowUp", ["ADMIN", "TECHNICIAN"], (actor) => addFollowUp({ actor, ticketId, body: "b" })],
  ["addMeasure", ["ADMIN"], (actor) => addMeasure({ actor, ticketId, title: "t", ownerId: actor.id })],
  ["updateMeasure", ["ADMIN", "TECHNICIAN"], (actor) => updateMeasure({ actor, measureId: NONE, state: "DONE" })],
  ["listUsers", ["ADMIN"], (actor) => listUsers({ actor })],
  ["createUser", ["ADMIN"], (actor) => createUser({ actor, input: { email: `m-${Math.random()}@vigie.test`, name: "m", role: "OBSERVER" } })],
  ["changeUserRole", ["ADMIN"], (actor) => changeUserRole({ actor, userId: NONE, role: "ADMIN" })],
  ["setUserActive", ["ADMIN"], (actor) => setUserActive({ actor, userId: NONE, active: false })],
  ["resetUserPassword", ["ADMIN"], (actor) => resetUserPassword({ actor, userId: NONE })],
  ["resetUserMfa", ["ADMIN"], (actor) => resetUserMfa({ actor, userId: NONE })],
  ["listSecurityEvents", ["ADMIN"], (actor) => listSecurityEvents({ actor, query: { pageSize: 10, type: undefined, who: undefined, before: undefined } })],
  ["getAccount (one's own)", ALL, (actor) => getAccount({ actor })],
  ["signOutEverywhere (one's own)", ALL, (actor) => signOutEverywhere({ actor })],
  ["listApiTokens", ["ADMIN"], (actor) => listApiTokens({ actor })],
  ["createApiToken", ["ADMIN"], (actor) => createApiToken({ actor, input: { name: "m", purpose: "ALERTMANAGER", role: undefined } })],
  ["revokeApiToken", ["ADMIN"], (actor) => revokeApiToken({ actor, tokenId: NONE })],
  ["listOutbox", ["ADMIN"], (actor) => listOutbox({ actor })],
  ["retryEmail", ["ADMIN"], (actor) => retryEmail({ actor, emailId: NONE })],
  ["getTeamSettings", ["ADMIN"], (actor) => getTeamSettings({ actor })],
  ["updateQuorumPolicy", ["ADMIN"], (actor) => updateQuorumPolicy({ actor, policy: "ONE_OTHER_ADMIN" })],
  ["updateSetting", ["ADMIN"], (actor) => updateSetting({ actor, key: "slaTargets", value: defaultSlaTargets })],
  ["getRetention", ["ADMIN"], (actor) => getRetention({ actor })],
  ["updateRetention", ["ADMIN"], (actor) => updateRetention({ actor, deliveryBodyDays: 30, closedTicketDays: null })],
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
  ["addRexMeasure", ["ADMIN", "TECHNICIAN"], (actor) => addRexMeasure({ actor, rexId: NONE, title: "t" })],
  ["updateRexMeasure", ["ADMIN", "TECHNICIAN"], (actor) => updateRexMeasure({ actor, measureId: NONE, state: "DONE" })],
  ["silenceTicket", ["ADMIN", "TECHNICIAN"], async (actor) => silenceTicket({ actor, ticketId: await ticketAt("REGISTRATION"), duration: "2h" })],
  ["extendTicketSilence", ["ADMIN", "TECHNICIAN"], (actor) => extendTicketSilence({ actor, ticketSilenceId: NONE, duration: "1h" })],
  ["expireTicketSilence", ["ADMIN", "TECHNICIAN"], (actor) => expireTicketSilence({ actor, ticketSilenceId: NONE })],
  ["getTicketSilences", ALL, (actor) => getTicketSilences({ actor, ticketId })],
  ["createMaintenanceWindow", ["ADMIN", "TECHNICIAN"], (actor) => createMaintenanceWindow({ actor, input: { matchers: 'job="matrix"', reason: "r", startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 7_200_000) } })],
  ["expireMaintenanceWindow", ["ADMIN", "TECHNICIAN"], (actor) => expireMaintenanceWindow({ actor, windowId: NONE })],
  ["listMaintenanceWindows", ALL, (actor) => listMaintenanceWindows({ actor })],
  ["getNotificationModes (one's own)", ALL, (actor) => getNotificationModes({ actor })],
  ["updateNotificationModes (one's own)", ALL, (actor) => updateNotificationModes({ actor, modes: defaultModes })],
  ["getDigestWindow", ALL, (actor) => getDigestWindow({ actor })],
  ["getOnCall", ALL, (actor) => getOnCall({ actor })],
  ["addOverride (for oneself)", ["ADMIN", "TECHNICIAN"], (actor) => addOverride({ actor, input: { userId: actor.id, ...monthAhead("00:00", "01:00"), note: "matrix" } })],
  ["removeOverride", ["ADMIN", "TECHNICIAN"], (actor) => removeOverride({ actor, overrideId: NONE })],
  ["updateRotation", ["ADMIN"], (actor) => updateRotation({ actor, rotation: null })],
  ["updateEscalationPolicy", ["ADMIN"], (actor) => updateEscalationPolicy({ actor, policy: defaultEscalationPolicy })],
  ["updateOnCallSettings", ["ADMIN"], (actor) => updateOnCallSettings({ actor, timeZone: "Europe/Paris", digestWindowMinutes: 2 })],
  ["createChannel", ["ADMIN"], (actor) => createChannel({ actor, input: { name: "matrix", url: MATRIX_CHANNEL_URL, format: "JSON", secretHeaderName: "", secretHeaderValue: "" } })],
  ["setChannelEnabled", ["ADMIN"], (actor) => setChannelEnabled({ actor, channelId: NONE, enabled: false })],
  ["getStatusAdmin", ["ADMIN"], (actor) => getStatusAdmin({ actor })],
  ["saveService", ["ADMIN"], (actor) => saveService({ actor, input: { serviceId: NONE, name: `matrix-${Math.random()}`, description: "", position: 0, categories: [], riskCodes: [], labelMatchers: [] } })],
  ["deleteService", ["ADMIN"], (actor) => deleteService({ actor, serviceId: NONE })],
  ["setPublicReports", ["ADMIN"], (actor) => setPublicReports({ actor, enabled: true })],
  ["postPublicUpdate", ["ADMIN"], (actor) => postPublicUpdate({ actor, input: { ticketId: NONE, title: "", serviceIds: [], status: "INVESTIGATING", impact: "DEGRADED", message: "m" } })],
  ["judgeReport", ["ADMIN"], (actor) => judgeReport({ actor, ticketId: NONE, judgement: "confirm" })],
  // Not a refusal for others: the panel is simply not there (null).
  ["getTicketStatus (admins see the panel)", ALL, (actor) => getTicketStatus({ actor, ticketId })],
];

const actors = {} as Record<Role, Actor>;

async function ticketAt(step: "REGISTRATION" | "TREATMENT" | "CLOSURE") {
  return (await testDb().ticket.create({ data: { title: "Authorization matrix", source: "MANUAL", step } })).id;
}

beforeAll(async () => {
  for (const role of ALL) actors[role] = await actorWithRole(role);
  ticketId = (await testDb().ticket.create({ data: { title: "Authorization matrix", source: "MANUAL", step: "CLOSURE" } })).id;
});

// What the matrix created that would act on the files after it, undone: its channel (nothing listens on
// 127.0.0.1:9, and every later escalation would queue a webhook for it) turned off, which drops what it had queued;
// its maintenance windows (job="matrix", when an Alertmanager answered) ended.
afterAll(async () => {
  for (const { id } of await testDb().channel.findMany({ where: { url: MATRIX_CHANNEL_URL, enabled: true }, select: { id: true } })) {
    await setChannelEnabled({ actor: actors.ADMIN, channelId: id, enabled: false });
  }
  const windows = await testDb().maintenanceWindow.findMany({ where: { createdById: { in: ALL.map((role) => actors[role].id) }, expiredAt: null }, select: { id: true } });
  for (const { id } of windows) {
    // In Alertmanager too, as a person would; if it no longer answers, in Vigie at least.
    await expireMaintenanceWindow({ actor: actors.ADMIN, windowId: id })
      .catch(() => testDb().maintenanceWindow.updateMany({ where: { id, expiredAt: null }, data: { expiredAt: new Date() } }));
  }
});

describe.each(ALL)("as %s", (role) => {
  it.each(cases)("%s", async (_name, allowed, call) => {
    const outcome = await call(actors[role]).then(() => "ok", (error: { code?: string }) => error.code ?? "error");
    if (allowed.includes(role)) expect(outcome).not.toBe("FORBIDDEN");
    else expect(outcome).toBe("FORBIDDEN");
  });
});

// The rules about one record (lib/domain/permissions.ts), on real rows: who wrote the REX, who owns the measure.
describe("record rules", () => {
  let author: Actor;
  let stranger: Actor;
  let owner: Actor;
  let rexId: string;
  let published: string;
  let rexMeasureId: string;
  let measureId: string;

  beforeAll(async () => {
    [author, stranger, owner] = [await actorWithRole("TECHNICIAN"), await actorWithRole("TECHNICIAN"), await actorWithRole("TECHNICIAN")];
    rexId = (await testDb().rex.create({ data: { title: "Record rules", authorId: author.id } })).id;
    published = (await testDb().rex.create({ data: { title: "Record rules, published", authorId: author.id, status: "PUBLISHED", publishedAt: new Date() } })).id;
    rexMeasureId = (await testDb().rexMeasure.create({ data: { rexId: published, title: "Owned", ownerId: owner.id } })).id;
    const ticket = await testDb().ticket.create({ data: { title: "Record rules", source: "MANUAL", step: "REMEDIATION" } });
    measureId = (await testDb().measure.create({ data: { ticketId: ticket.id, title: "Owned", ownerId: owner.id } })).id;
  });

  const outcome = (p: Promise<unknown>) => p.then(() => "ok", (error: { code?: string }) => error.code ?? "error");

  it.each([
    ["the author adds a measure to a draft", () => author, () => rexId, "ok"],
    ["the author adds a measure to a published REX", () => author, () => published, "ok"],
    ["an admin adds a measure to anyone's REX", () => actors.ADMIN, () => published, "ok"],
    ["another technician may not add to a draft", () => stranger, () => rexId, "FORBIDDEN"],
    ["another technician may not add to a published REX", () => stranger, () => published, "FORBIDDEN"],
  ])("addRexMeasure: %s", async (_, who, rex, expected) => {
    expect(await outcome(addRexMeasure({ actor: who(), rexId: rex(), title: "Lint pg_hba.conf" }))).toBe(expected);
  });

  it.each([
    ["the measure's owner", () => owner, "ok"],
    ["the REX's author", () => author, "ok"],
    ["an admin", () => actors.ADMIN, "ok"],
    ["another technician", () => stranger, "FORBIDDEN"],
    ["an observer", () => actors.OBSERVER, "FORBIDDEN"],
  ])("updateRexMeasure: %s", async (_, who, expected) => {
    expect(await outcome(updateRexMeasure({ actor: who(), measureId: rexMeasureId, state: "DONE" }))).toBe(expected);
  });

  it.each([
    ["the author edits the REX", () => author, "ok"],
    ["another technician may not", () => stranger, "FORBIDDEN"],
  ])("updateRex: %s", async (_, who, expected) => {
    const { version } = await testDb().rex.findUniqueOrThrow({ where: { id: rexId } });
    const input = { title: "Record rules", context: "", courseNarrative: "", weakPoint: "", actionsTaken: "", recommendations: "", riskCodes: [] };
    expect(await outcome(updateRex({ actor: who(), rexId, version, input }))).toBe(expected);
  });

  it.each([
    ["its owner", () => owner, "ok"],
    ["an admin", () => actors.ADMIN, "ok"],
    ["another technician", () => stranger, "FORBIDDEN"],
  ])("updateMeasure: %s", async (_, who, expected) => {
    expect(await outcome(updateMeasure({ actor: who(), measureId, state: "OPEN" }))).toBe(expected);
  });
});

// On-call overrides: anyone on call for themselves, admins for anyone; removed by the person it covers or an admin.
describe("on-call override rules", () => {
  const outcome = (p: Promise<unknown>) => p.then(() => "ok", (error: { code?: string }) => error.code ?? "error");
  const input = (userId: string) => ({ userId, ...monthAhead("00:00", "08:00"), note: "" });
  let tech: Actor;
  let other: Actor;

  beforeAll(async () => {
    [tech, other] = [await actorWithRole("TECHNICIAN"), await actorWithRole("TECHNICIAN")];
  });

  it.each([
    ["a technician for another technician", () => tech, () => other, "FORBIDDEN"],
    ["an admin for a technician", () => actors.ADMIN, () => tech, "ok"],
    ["an admin for an observer (who cannot be on call)", () => actors.ADMIN, () => actors.OBSERVER, "FORBIDDEN"],
  ])("addOverride: %s", async (_, who, forWhom, expected) => {
    expect(await outcome(addOverride({ actor: who(), input: input(forWhom().id) }))).toBe(expected);
  });

  it("removeOverride: by the person it covers or an admin, not by another technician", async () => {
    const override = await addOverride({ actor: tech, input: input(tech.id) });
    expect(await outcome(removeOverride({ actor: other, overrideId: override.id }))).toBe("FORBIDDEN");
    expect(await outcome(removeOverride({ actor: tech, overrideId: override.id }))).toBe("ok");
    const again = await addOverride({ actor: tech, input: input(tech.id) });
    expect(await outcome(removeOverride({ actor: actors.ADMIN, overrideId: again.id }))).toBe("ok");
  });
});
