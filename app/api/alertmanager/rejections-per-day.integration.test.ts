import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// Issue 15: refusals are history in bounded space, one row per day and reason however many arrive.
const perDay = async (day: Date, reason: string) => (await testDb().webhookRejectionDay.findUnique({ where: { day_reason: { day, reason } } }))?.count ?? 0;
const databaseToday = async () => (await testDb().$queryRaw<{ today: Date }[]>`SELECT CURRENT_DATE AS today`)[0]!.today;

beforeAll(() => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
});

describe("refused deliveries per day", () => {
  it("add up in one row per day and reason, leaving other days alone", async () => {
    const [days] = await testDb().$queryRaw<{ today: Date; tomorrow: Date; yesterday: Date }[]>`SELECT CURRENT_DATE AS today, CURRENT_DATE + 1 AS tomorrow, CURRENT_DATE - 1 AS yesterday`;
    const { today, tomorrow, yesterday } = days!;
    await testDb().webhookRejectionDay.upsert({ where: { day_reason: { day: yesterday, reason: "unauthorized" } }, create: { day: yesterday, reason: "unauthorized", count: 7 }, update: { count: 7 } });
    // Midnight on the database's clock may pass while the refusals are sent (CI once ran a test at 23:56):
    // then they are counted on today's row and tomorrow's. Both are read before, and summed over the days spanned.
    const before = { unauthorized: [await perDay(today, "unauthorized"), await perDay(tomorrow, "unauthorized")], notJson: [await perDay(today, "not_json"), await perDay(tomorrow, "not_json")], rows: await testDb().webhookRejectionDay.count() };
    const group = uniqueGroup();
    for (let i = 0; i < 3; i++) expect((await POST(webhookRequest(group.payload([group.alert()]), { token: "a-wrong-token-0000" }))).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await POST(webhookRequest(null, { raw: "{not json" }))).status).toBe(400);
    const spanned = (await databaseToday()).getTime() === today.getTime() ? [today] : [today, tomorrow];
    const sum = async (reason: string) => (await Promise.all(spanned.map((day) => perDay(day, reason)))).reduce((a, b) => a + b, 0);
    const sumBefore = (counts: number[]) => counts.slice(0, spanned.length).reduce((a, b) => a + b, 0);

    expect(await sum("unauthorized")).toBe(sumBefore(before.unauthorized) + 3);
    expect(await sum("not_json")).toBe(sumBefore(before.notJson) + 2);
    expect(await perDay(yesterday, "unauthorized")).toBe(7);
    // At most the two rows of each day's reasons are new, whatever the number of refusals.
    expect(await testDb().webhookRejectionDay.count()).toBeLessThanOrEqual(before.rows + 2 * spanned.length);
  });
});
