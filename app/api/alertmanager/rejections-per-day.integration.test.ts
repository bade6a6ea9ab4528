import { beforeAll, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { TEST_ALERTMANAGER_TOKEN, uniqueGroup, webhookRequest } from "@/test/support/webhook";
import { POST } from "./route";

// Issue 15: refusals are history in bounded space, one row per day and reason however many arrive.
const perDay = async (day: Date, reason: string) => (await testDb().webhookRejectionDay.findUnique({ where: { day_reason: { day, reason } } }))?.count ?? 0;

beforeAll(() => {
  process.env.ALERTMANAGER_TOKEN = TEST_ALERTMANAGER_TOKEN;
  resetEnv();
});

describe("refused deliveries per day", () => {
  it("add up in one row per day and reason, leaving other days alone", async () => {
    const [days] = await testDb().$queryRaw<{ today: Date; yesterday: Date }[]>`SELECT CURRENT_DATE AS today, CURRENT_DATE - 1 AS yesterday`;
    const { today, yesterday } = days!;
    await testDb().webhookRejectionDay.upsert({ where: { day_reason: { day: yesterday, reason: "unauthorized" } }, create: { day: yesterday, reason: "unauthorized", count: 7 }, update: { count: 7 } });
    const before = { unauthorized: await perDay(today, "unauthorized"), notJson: await perDay(today, "not_json"), rows: await testDb().webhookRejectionDay.count() };
    const group = uniqueGroup();
    for (let i = 0; i < 3; i++) expect((await POST(webhookRequest(group.payload([group.alert()]), { token: "a-wrong-token-0000" }))).status).toBe(401);
    for (let i = 0; i < 2; i++) expect((await POST(webhookRequest(null, { raw: "{not json" }))).status).toBe(400);

    expect(await perDay(today, "unauthorized")).toBe(before.unauthorized + 3);
    expect(await perDay(today, "not_json")).toBe(before.notJson + 2);
    expect(await perDay(yesterday, "unauthorized")).toBe(7);
    // At most the two rows of today's reasons are new, whatever the number of refusals.
    expect(await testDb().webhookRejectionDay.count()).toBeLessThanOrEqual(before.rows + 2);
  });
});
