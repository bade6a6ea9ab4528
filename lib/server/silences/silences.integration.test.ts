import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireBinaries } from "@/docker/testing/native";
import type { Actor } from "@/lib/auth/actor";
import type { ApiSilence } from "@/lib/domain/silences/requests";
import { resetEnv } from "@/lib/env";
import { freePort, waitFor } from "@/scripts/lib/net";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { startSilenceStack } from "@/test/support/silences";
import { expireTicketSilence } from "./expire-ticket-silence";
import { extendTicketSilence } from "./extend-ticket-silence";
import { getTicketSilences } from "./get-ticket-silences";
import { silenceTicket } from "./silence-ticket";

// Against a REAL Alertmanager 0.25 on loopback (Debian's prometheus-alertmanager).
const ALERTMANAGER = { bin: "prometheus-alertmanager", pkg: "prometheus-alertmanager" };
const H = 3_600_000;
let stack: Awaited<ReturnType<typeof startSilenceStack>> | undefined;
let admin: Actor;
let observer: Actor;
let deadUrl: string;

const useAlertmanagers = (...urls: string[]) => {
  process.env.ALERTMANAGER_URL = urls.join(",");
  resetEnv();
};
const events = (ticketId: string) => testDb().timelineEvent.findMany({ where: { ticketId, type: { startsWith: "silence." } }, orderBy: { id: "asc" } });

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
  observer = await actorWithRole("OBSERVER");
  process.env.VIGIE_URL = "https://vigie.example";
  deadUrl = `http://127.0.0.1:${await freePort()}`;
  try {
    stack = await startSilenceStack();
  } catch (error) {
    if (process.env.CI === "true") throw error;
  }
});

afterAll(async () => {
  await stack?.stop();
  delete process.env.ALERTMANAGER_URL;
  delete process.env.VIGIE_URL;
  resetEnv();
});

describe("silences from the ticket, with a real Alertmanager", () => {
  it("silences the ticket's group: the silence is in Alertmanager with its matchers and comment, and the alert is suppressed", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const t = await stack!.ticketFor();
    const [row] = await silenceTicket({ actor: admin, ticketId: t.ticketId, duration: "2h" });

    const silence = await stack!.api<ApiSilence>(`/silence/${row!.silenceId}`);
    expect(silence.status.state).toBe("active");
    expect(silence.matchers).toEqual([
      { name: "alertname", value: t.alertname, isRegex: false, isEqual: true },
      { name: "job", value: "postgres", isRegex: false, isEqual: true },
    ]);
    const ticket = await testDb().ticket.findUniqueOrThrow({ where: { id: t.ticketId } });
    expect(silence.comment).toBe(`Vigie ticket #${ticket.number}: ${ticket.title} https://vigie.example/tickets/${t.ticketId}`);
    expect(silence.createdBy).toBe(`${admin.name} <${admin.email}>`);
    expect(new Date(silence.endsAt).getTime() - new Date(silence.startsAt).getTime()).toBeGreaterThan(2 * H - 1_000);
    expect(row).toMatchObject({ alertmanagerUrl: stack!.url, createdById: admin.id, expiredAt: null });
    await waitFor("the alert suppressed", async () => (await stack!.alertState(t.alertname))?.state === "suppressed", 10_000);
    expect((await stack!.alertState(t.alertname))!.silencedBy).toEqual([row!.silenceId]);
    expect(await events(t.ticketId)).toMatchObject([{ type: "silence.created", actorId: admin.id, data: { silenceId: row!.silenceId, matchers: `{alertname="${t.alertname}", job="postgres"}` } }]);

    // An observer sees it and its expiry, and may neither extend nor expire it.
    const shown = await getTicketSilences({ actor: observer, ticketId: t.ticketId });
    expect(shown!.entries).toMatchObject([{ silenceId: row!.silenceId, kind: "ticket", state: "active", endsAt: silence.endsAt, canExtend: false, canExpire: false }]);
    expect(shown!.canSilence).toBe(false);
    await expect(silenceTicket({ actor: observer, ticketId: t.ticketId, duration: "1h" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("extends a silence in place (same id, later end) and expires it", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const t = await stack!.ticketFor();
    const [row] = await silenceTicket({ actor: admin, ticketId: t.ticketId, duration: "30m" });
    const before = await stack!.api<ApiSilence>(`/silence/${row!.silenceId}`);

    const extended = await extendTicketSilence({ actor: admin, ticketSilenceId: row!.id, duration: "4h" });
    const after = await stack!.api<ApiSilence>(`/silence/${row!.silenceId}`);
    expect(extended.silenceId).toBe(row!.silenceId);
    expect(after.status.state).toBe("active");
    expect(new Date(after.endsAt).getTime() - new Date(before.endsAt).getTime()).toBe(4 * H);
    expect(extended.endsAt.toISOString()).toBe(after.endsAt);

    await expireTicketSilence({ actor: admin, ticketSilenceId: row!.id });
    expect((await stack!.api<ApiSilence>(`/silence/${row!.silenceId}`)).status.state).toBe("expired");
    await waitFor("the alert active again", async () => (await stack!.alertState(t.alertname))?.state === "active", 10_000);
    expect((await testDb().ticketSilence.findUniqueOrThrow({ where: { id: row!.id } })).expiredAt).not.toBeNull();
    expect((await events(t.ticketId)).map((e) => e.type)).toEqual(["silence.created", "silence.extended", "silence.expired"]);
    expect((await getTicketSilences({ actor: admin, ticketId: t.ticketId }))!.entries).toEqual([]);
    await expect(expireTicketSilence({ actor: admin, ticketSilenceId: row!.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(extendTicketSilence({ actor: admin, ticketSilenceId: row!.id, duration: "1h" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("Alertmanager down: a clear error, and nothing stored or silenced", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const t = await stack!.ticketFor();
    const silencesBefore = (await stack!.api<ApiSilence[]>("/silences")).length;
    useAlertmanagers(deadUrl);
    await expect(silenceTicket({ actor: admin, ticketId: t.ticketId, duration: "2h" })).rejects.toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(new RegExp(`^Alertmanager did not answer \\(${deadUrl}: ECONNREFUSED\\)\\. Nothing was silenced\\.$`)),
    });
    expect(await testDb().ticketSilence.count({ where: { ticketId: t.ticketId } })).toBe(0);
    expect(await events(t.ticketId)).toEqual([]);
    expect((await stack!.api<ApiSilence[]>("/silences")).length).toBe(silencesBefore);
    // The page still renders, and says why it cannot show Alertmanager's silences.
    expect((await getTicketSilences({ actor: admin, ticketId: t.ticketId }))!.unreachable?.sentence).toMatch(/did not answer/);
  });

  it("an HA pair: created on the first Alertmanager that answers", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const t = await stack!.ticketFor();
    useAlertmanagers(deadUrl, stack!.url);
    const [row] = await silenceTicket({ actor: admin, ticketId: t.ticketId, duration: "1h" });
    expect(row!.alertmanagerUrl).toBe(stack!.url);
    expect((await stack!.api<ApiSilence>(`/silence/${row!.silenceId}`)).status.state).toBe("active");
    expect((await getTicketSilences({ actor: admin, ticketId: t.ticketId }))!.clustered).toBe(true);
  });

  it("refuses a ticket reported by hand (no alert group) and a closed ticket", async (ctx) => {
    requireBinaries(ctx, [ALERTMANAGER]);
    useAlertmanagers(stack!.url);
    const manual = await testDb().ticket.create({ data: { title: "By hand", source: "MANUAL" } });
    await expect(silenceTicket({ actor: admin, ticketId: manual.id, duration: "2h" })).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/no alert group/) });
    const closed = await stack!.ticketFor();
    await testDb().ticket.update({ where: { id: closed.ticketId }, data: { step: "CLOSURE", closedAt: new Date(), openGroupKey: null } });
    await expect(silenceTicket({ actor: admin, ticketId: closed.ticketId, duration: "2h" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
