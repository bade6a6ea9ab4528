import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhooks } from "@/lib/server/channels/deliver-webhooks";
import { getSettings } from "@/lib/server/settings/get-settings";
import { env } from "@/lib/env";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { languagesOf } from "@/test/support/notices";
import { startReceiver } from "@/test/support/receiver";
import { runEscalation } from "./run-escalation";

const off = { enabled: false, levelMinutes: 60, repeatMinutes: 0, rounds: 1 };
const policy = { 1: off, 2: off, 3: off, 4: off, 5: off, 6: { enabled: true, levelMinutes: 5, repeatMinutes: 0, rounds: 1 } };
// In the team's time zone, as the rotation reads it: another file may have left one other than Europe/Paris, the
// default (with America/Los_Angeles, the turn that began "today" in Paris had not begun yet, and someone else was on call).
const teamToday = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(d);
const teamHour = (d: Date, timeZone: string) => Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(d));
/** A hand-over at least 12 hours after `t0`'s and today's: the test's 15 minutes never cross one (CI ran it at 23:56 Paris once). */
const handOverBefore = (t0: Date, timeZone: string) => (teamHour(t0, timeZone) < 12 ? "00:00" : "12:00");

let receiver: Awaited<ReturnType<typeof startReceiver>>;
let channelId: string;

beforeAll(async () => {
  // Overrides other files left (the authorization matrix adds some) would put someone else on call.
  await testDb().onCallOverride.deleteMany({});
  // Tickets other files left open and unacknowledged escalate too, oldest first: the person on call got their
  // email first and, within the storm limit, this file's went to a digest (CI: "expected [] to deeply equal
  // [true, false, false]"). Acknowledged, they are out of the job's way.
  await testDb().ticket.updateMany({ where: { step: { not: "CLOSURE" }, acknowledgedAt: null }, data: { acknowledgedAt: new Date() } });
  receiver = await startReceiver();
  channelId = (await testDb().channel.create({ data: { name: "Chat", url: receiver.url, format: "TEXT" } })).id;
});

afterAll(async () => {
  await testDb().setting.deleteMany({ where: { key: { in: ["onCallRotation", "escalationPolicy", "digestWindowMinutes"] } } });
  await testDb().channel.update({ where: { id: channelId }, data: { enabled: false } });
  await receiver.close();
});

/** Two instances running the job at the same instant. */
async function twoInstances(now: Date) {
  const runs = await Promise.all([runEscalation({ now }), runEscalation({ now })]);
  return { acted: runs.filter((r) => r.ran).length, notified: runs.flatMap((r) => r.notified) };
}

describe("escalation", () => {
  it("notifies the person on call, then the next one, then all admins, once per level with two instances, until acknowledged", async () => {
    const t0 = new Date();
    const tech = await createUserRecord(testDb(), { role: "TECHNICIAN", name: "Tech On Call" });
    const admin2 = await createUserRecord(testDb(), { role: "ADMIN", name: "Admin Next" });
    // The turn that began today (team time) before t0 is the technician's; the next one, 12 hours or more away, the admin's.
    const { timeZone } = await getSettings(testDb());
    const rotation = { memberIds: [tech.id, admin2.id], handOver: "daily", handOverTime: handOverBefore(t0, timeZone), startDate: teamToday(t0, timeZone) };
    await testDb().setting.upsert({ where: { key: "onCallRotation" }, create: { key: "onCallRotation", value: rotation }, update: { value: rotation } });
    await testDb().setting.upsert({ where: { key: "escalationPolicy" }, create: { key: "escalationPolicy", value: policy }, update: { value: policy } });
    // The storm limit's window, shorter than a level: admin2's level-3 email comes 5 minutes after his level-2 one,
    // and goes at once. A longer window another file left (10 minutes) put it in his digest: "expected [true, false]
    // to deeply equal [true, false, false]".
    await testDb().setting.upsert({ where: { key: "digestWindowMinutes" }, create: { key: "digestWindowMinutes", value: 2 }, update: { value: 2 } });
    const open = (title: string, extra = {}) => testDb().ticket.create({ data: { title, source: "MANUAL", priority: 6, createdAt: t0, ...extra } });
    const ticket = await open("Nobody answers");
    const acknowledged = await open("Someone is on it", { acknowledgedAt: t0, acknowledgedById: admin2.id });
    const closed = await open("Closed already", { step: "CLOSURE", closedAt: t0 });
    const later = await open("Acknowledged after level 1");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000 + 1_000);
    const ofTicket = (run: { notified: { ticketId: string }[] }, id: string) => run.notified.filter((n) => n.ticketId === id);

    const first = await twoInstances(at(0));
    expect(first.acted).toBeGreaterThanOrEqual(1); // one acts; the other found the lock taken, or came after and found it done
    expect(ofTicket(first, ticket.id)).toEqual([{ ticketId: ticket.id, level: 1, round: 1, userIds: [tech.id] }]);
    expect(ofTicket(first, acknowledged.id)).toEqual([]);
    expect(ofTicket(first, closed.id)).toEqual([]);
    expect(ofTicket(first, later.id)).toHaveLength(1);
    expect(ofTicket(await twoInstances(at(1)), ticket.id)).toEqual([]); // level 1 already notified

    await testDb().ticket.update({ where: { id: later.id }, data: { acknowledgedAt: at(2), acknowledgedById: tech.id } });
    const second = await twoInstances(at(5));
    expect(second.acted).toBeGreaterThanOrEqual(1);
    expect(ofTicket(second, ticket.id)).toEqual([{ ticketId: ticket.id, level: 2, round: 1, userIds: [admin2.id] }]);
    expect(ofTicket(second, later.id)).toEqual([]); // stopped by the acknowledgement

    const third = await twoInstances(at(10));
    const admins = await testDb().user.findMany({ where: { role: "ADMIN", active: true }, select: { id: true } });
    expect(ofTicket(third, ticket.id)).toEqual([{ ticketId: ticket.id, level: 3, round: 1, userIds: expect.arrayContaining(admins.map((a) => a.id)) }]);
    expect(ofTicket(await twoInstances(at(14)), ticket.id)).toEqual([]); // one round: over

    // One row per level (the unique key), one timeline event each, one email each, through the outbox.
    const rows = await testDb().escalationNotification.findMany({ where: { ticketId: ticket.id }, orderBy: { level: "asc" } });
    expect(rows.map((r) => [r.level, r.round])).toEqual([[1, 1], [2, 1], [3, 1]]);
    const events = await testDb().timelineEvent.findMany({ where: { ticketId: ticket.id, type: "escalation.notified" }, orderBy: { id: "asc" } });
    expect(events.map((e) => (e.data as { level: number }).level)).toEqual([1, 2, 3]);
    expect(events[0]).toMatchObject({ actorKind: "SYSTEM", actorName: "Escalation", data: { notified: [{ id: tech.id, name: "Tech On Call" }] } });
    const all = await testDb().outboxEmail.findMany({ where: { ticketId: ticket.id, kind: "escalation.notified" }, orderBy: { createdAt: "asc" } });
    // One email per level in the default language, which this file's people read; the admins who read another
    // (another file may leave one who reads French: "expected [ true, false, false, false ] to deeply equal
    // [ true, false, false ]") get theirs beside it, at level 3 only.
    const inDefault = async (e: (typeof all)[number]) => [...(await languagesOf(e.to))].join() === env().VIGIE_DEFAULT_LOCALE;
    const emails: typeof all = [];
    for (const e of all) if (await inDefault(e)) emails.push(e);
    const adminAddresses = new Set((await testDb().user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true } })).map((a) => a.email));
    for (const e of all.filter((x) => !emails.includes(x))) expect(e.to.every((address) => adminAddresses.has(address))).toBe(true);
    expect(emails.map((e) => e.to.includes(tech.email))).toEqual([true, false, false]);
    expect(emails[1]!.to).toEqual([admin2.email]);
    expect(emails[2]!.to).toContain(admin2.email);
    expect(emails[1]!.inReplyTo).toBe(`<ticket-${ticket.id}@localhost>`); // the ticket's thread

    // The chat channel got one message per run that escalated something, after commit, by the webhook job.
    while ((await deliverWebhooks()).claimed > 0);
    const texts = receiver.received.map((r) => (r.body as { text: string }).text).filter((t) => t.includes(`#${ticket.number} `));
    expect(texts).toHaveLength(3);
    expect(texts[1]).toContain("notified Admin Next (level 2, round 1)");
  });

  it("without a rotation, reaches nobody at levels 1 and 2 (the admins had the new-incident email) and all admins at level 3", async () => {
    await testDb().setting.deleteMany({ where: { key: "onCallRotation" } });
    // Someone's override months ahead is not "the next person" to wake now.
    const later = await createUserRecord(testDb(), { role: "TECHNICIAN" });
    await testDb().onCallOverride.create({ data: { userId: later.id, startsAt: new Date(Date.now() + 90 * 86_400_000), endsAt: new Date(Date.now() + 91 * 86_400_000) } });
    await testDb().setting.upsert({ where: { key: "escalationPolicy" }, create: { key: "escalationPolicy", value: policy }, update: { value: policy } });
    const t0 = new Date();
    const ticket = await testDb().ticket.create({ data: { title: "No rotation", source: "MANUAL", priority: 6, createdAt: t0 } });
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000 + 1_000);
    for (const minutes of [0, 5]) expect((await runEscalation({ now: at(minutes) })).notified.filter((n) => n.ticketId === ticket.id)).toEqual([]);
    const last = (await runEscalation({ now: at(10) })).notified.filter((n) => n.ticketId === ticket.id);
    expect(last).toMatchObject([{ level: 3, round: 1 }]);
    expect(await testDb().escalationNotification.count({ where: { ticketId: ticket.id } })).toBe(1);
  });
});
