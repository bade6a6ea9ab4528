import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBinaries } from "@/docker/testing/native";
import type { Actor } from "@/lib/auth/actor";
import type { ApiSilence } from "@/lib/domain/silences/requests";
import { resetEnv } from "@/lib/env";
import { closeTicket } from "@/lib/server/lifecycle/close-ticket";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { startSilenceStack } from "@/test/support/silences";
import { startTcpProxy } from "@/test/support/tcp-proxy";
import { createMaintenanceWindow } from "./create-maintenance-window";
import { retryClosedTicketSilences } from "./expire-closed-ticket-silences";
import { expireMaintenanceWindow } from "./expire-maintenance-window";
import { getTicketSilences } from "./get-ticket-silences";
import { listMaintenanceWindows } from "./list-maintenance-windows";
import { silenceTicket } from "./silence-ticket";

// Closing expires a ticket's silences; maintenance windows appear on the tickets they cover. Real Alertmanager 0.25.
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
const H = 3_600_000;
let stack: Awaited<ReturnType<typeof startSilenceStack>> | undefined;
let proxy: Awaited<ReturnType<typeof startTcpProxy>> | undefined;
let admin: Actor;
let tech: Actor;

const useAlertmanagers = (...urls: string[]) => {
  process.env.ALERTMANAGER_URL = urls.join(",");
  resetEnv();
};
const silenceState = async (id: string) => (await stack!.api<ApiSilence>(`/silence/${id}`)).status.state;
const types = async (ticketId: string) => (await testDb().timelineEvent.findMany({ where: { ticketId, type: { startsWith: "silence." } }, orderBy: { id: "asc" } }));
/** A ticket ready to close: in remediation, no measure open. */
const toRemediation = (ticketId: string) => testDb().ticket.update({ where: { id: ticketId }, data: { step: "REMEDIATION" } });

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
  tech = await actorWithRole("TECHNICIAN");
  try {
    stack = await startSilenceStack();
    proxy = await startTcpProxy({ host: "127.0.0.1", port: Number(new URL(stack.url).port) });
  } catch (error) {
    if (process.env.CI === "true") throw error;
  }
});

afterAll(async () => {
  await proxy?.close();
  await stack?.stop();
  delete process.env.ALERTMANAGER_URL;
  resetEnv();
});

describe("closing a ticket expires its silences", () => {
  it("at once when Alertmanager answers", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const t = await stack!.ticketFor();
    const [row] = await silenceTicket({ actor: tech, ticketId: t.ticketId, duration: "8h" });
    await toRemediation(t.ticketId);
    await closeTicket({ ticketId: t.ticketId, actor: admin, note: "Fixed the disk." });
    expect(await silenceState(row!.silenceId)).toBe("expired");
    expect((await types(t.ticketId)).at(-1)).toMatchObject({ type: "silence.expired", actorId: admin.id, data: { reason: "ticket closed" } });
  });

  it("Alertmanager unreachable: the ticket closes, the expiry is recorded and retried by the job", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    const viaProxy = `http://127.0.0.1:${proxy!.port}`;
    useAlertmanagers(viaProxy);
    const t = await stack!.ticketFor();
    const [row] = await silenceTicket({ actor: admin, ticketId: t.ticketId, duration: "2h" });
    await toRemediation(t.ticketId);
    proxy!.down();
    try {
      await closeTicket({ ticketId: t.ticketId, actor: admin, note: "Fixed while Alertmanager restarts." });
      expect((await testDb().ticket.findUniqueOrThrow({ where: { id: t.ticketId } })).step).toBe("CLOSURE");
      const pending = await testDb().ticketSilence.findUniqueOrThrow({ where: { id: row!.id } });
      expect(pending).toMatchObject({ expiredAt: null, expiryAttempts: 1, expiryError: expect.stringMatching(/did not answer/) });
      expect(await silenceState(row!.silenceId)).toBe("active");
      expect((await getTicketSilences({ actor: admin, ticketId: t.ticketId }))!.pendingExpiry).toMatchObject([{ silenceId: row!.silenceId, attempts: 1 }]);
      await retryClosedTicketSilences();
      expect((await testDb().ticketSilence.findUniqueOrThrow({ where: { id: row!.id } })).expiryAttempts).toBe(2);
    } finally {
      proxy!.up();
    }
    await retryClosedTicketSilences();
    expect(await silenceState(row!.silenceId)).toBe("expired");
    expect(await testDb().ticketSilence.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({ expiredAt: expect.any(Date), expiryError: null });
    // Once, by Vigie: a second run (or another instance) writes nothing more.
    await retryClosedTicketSilences();
    const expired = (await types(t.ticketId)).filter((e) => e.type === "silence.expired");
    expect(expired).toMatchObject([{ actorKind: "SYSTEM", data: { reason: "ticket closed" } }]);
  });
});

describe("maintenance windows", () => {
  it("a window planned ahead appears on the ticket it covers, not on others, and can be cancelled", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const covered = await stack!.ticketFor({ instance: "db-7:9187" });
    const other = await stack!.ticketFor({ instance: "web-1:9100" });
    const startsAt = new Date(Date.now() + H);
    const endsAt = new Date(Date.now() + 3 * H);
    const { window, coveredTickets } = await createMaintenanceWindow({
      actor: tech, input: { matchers: `{alertname="${covered.alertname}", instance=~"db-.*"}`, reason: "PostgreSQL 16 upgrade", startsAt, endsAt },
    });
    expect(coveredTickets).toBe(1);

    const silence = await stack!.api<ApiSilence>(`/silence/${window.silenceId}`);
    expect(silence).toMatchObject({ status: { state: "pending" }, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), createdBy: `${tech.name} <${tech.email}>` });
    expect(silence.comment).toMatch(/^Maintenance window: PostgreSQL 16 upgrade \(planned in Vigie: .*\/plan\)$/);
    expect(silence.matchers).toEqual([
      { name: "alertname", value: covered.alertname, isRegex: false, isEqual: true },
      { name: "instance", value: "db-.*", isRegex: true, isEqual: true },
    ]);

    const shown = await getTicketSilences({ actor: tech, ticketId: covered.ticketId });
    expect(shown!.entries).toMatchObject([{ silenceId: window.silenceId, kind: "maintenance", state: "pending", comment: "PostgreSQL 16 upgrade", covered: 1, canExtend: false, canExpire: false }]);
    expect((await getTicketSilences({ actor: tech, ticketId: other.ticketId }))!.entries).toEqual([]);
    expect(await types(covered.ticketId)).toMatchObject([{ type: "silence.created", data: { maintenance: true, reason: "PostgreSQL 16 upgrade" } }]);
    expect(await types(other.ticketId)).toEqual([]);
    expect((await listMaintenanceWindows({ actor: tech }))!.windows.find((w) => w.id === window.id)).toMatchObject({ state: "pending", canExpire: true });

    await expireMaintenanceWindow({ actor: tech, windowId: window.id });
    expect(await silenceState(window.silenceId)).toBe("expired");
    expect((await getTicketSilences({ actor: tech, ticketId: covered.ticketId }))!.entries).toEqual([]);
    expect((await types(covered.ticketId)).map((e) => e.type)).toEqual(["silence.created", "silence.expired"]);
  });

  it("bad matchers or times: a clear error and nothing in Alertmanager", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const before = (await stack!.api<ApiSilence[]>("/silences")).length;
    const at = (h: number) => new Date(Date.now() + h * H);
    await expect(createMaintenanceWindow({ actor: admin, input: { matchers: 'job=~".*"', reason: "r", startsAt: at(1), endsAt: at(2) } })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/empty label/) });
    await expect(createMaintenanceWindow({ actor: admin, input: { matchers: 'job="x"', reason: "r", startsAt: at(2), endsAt: at(1) } })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/after the start/) });
    useAlertmanagers(`http://127.0.0.1:${proxy!.port}`);
    proxy!.down();
    try {
      await expect(createMaintenanceWindow({ actor: admin, input: { matchers: 'job="x"', reason: "r", startsAt: at(1), endsAt: at(2) } })).rejects.toMatchObject({ code: "UNAVAILABLE", message: expect.stringMatching(/No maintenance window was planned/) });
    } finally {
      proxy!.up();
    }
    expect((await stack!.api<ApiSilence[]>("/silences")).length).toBe(before);
  });
});
