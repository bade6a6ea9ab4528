import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { expect, test } from "./support/fixtures";

// Issue 17: the platform's users, without an account — the public status page shows an outage an admin declared
// and then its resolution, with nothing internal; a visitor reports a problem and an admin sees the ticket; the
// 11th report from one address in a minute is refused. The browser and the app share one address (loopback).
test.setTimeout(180_000);

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(sql, values)).rows as T[];
  } finally {
    await db.end();
  }
}


/** The form refuses what is sent faster than a person types: a visitor takes a few seconds. */
const think = (page: Page) => page.waitForTimeout(3_500);

test.beforeEach(async () => {
  await query(`DELETE FROM "PublicReportLimit"`);
});

test("an outage an admin declared, then its resolution, with no internal data", async ({ page, signIn, request, ownPage }) => {
  const id = randomUUID().slice(0, 8);
  const marker = `INTERNAL${id}`;
  const service = `Vote ${id}`;
  await signIn("admin@vigie.local");
  await page.goto("/admin/status");
  await page.locator("#name-new").fill(service);
  await page.locator("#description-new").fill("Casting a ballot");
  await page.locator("#labelMatchers-new").fill(`{job="vote-${id}"}`);
  await page.getByRole("button", { name: "Add the service" }).click();
  await expect(page.getByText("Service saved.")).toBeVisible();

  const alert = rawAlert({ fingerprint: `st${id}`, startsAt: new Date().toISOString(), labels: { alertname: `VoteDown_${marker}`, job: `vote-${id}`, instance: `db-${marker}:5432`, severity: "critical" }, annotations: { summary: `${marker} PostgreSQL down`, description: `${marker} password in logs` } });
  expect((await request.post("/api/alertmanager", { data: rawPayload([alert]), headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}` } })).status()).toBe(200);
  const [ticket] = await query<{ id: string }>(`SELECT "id" FROM "Ticket" WHERE "title" LIKE $1`, [`%${marker}%`]);

  const anonymous = await ownPage(); // a visitor: no cookies, no session
  const refused: string[] = [];
  anonymous.on("console", (message) => void (/Content Security Policy/i.test(message.text()) && refused.push(message.text())));
  await anonymous.goto("/status");
  await expect(anonymous).toHaveURL(/\/status$/);
  // Before any statement, the alert's ticket (priority from a critical alert) speaks by itself, without words.
  // (The 90-day bar names each day's state too: the service's current state is its own element.)
  const state = anonymous.getByTestId(`service-${service}`).getByTestId("service-state");
  await expect(state).toHaveText(/Degraded|Partial outage|Major outage/);

  await page.goto(`/tickets/${ticket!.id}`);
  const panel = page.getByTestId("status-panel");
  await panel.getByLabel("Public title").fill("Voting is unavailable");
  await panel.getByLabel(service).check();
  await panel.getByLabel("Impact").selectOption("MAJOR_OUTAGE");
  await panel.getByLabel("Public message").fill("You cannot vote right now. We are working on it.");
  await panel.getByRole("button", { name: "Declare on the status page" }).click();
  await expect(page.getByText("Declared on the status page.")).toBeVisible();

  // The page is served from a copy at most a second old (scripts/lib/page-cache.mjs): a reload shows the statement.
  await expect(async () => {
    await anonymous.reload();
    await expect(anonymous.getByTestId("overall-state")).toContainText("Major outage", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(state).toHaveText("Major outage");
  await expect(anonymous.getByText("Voting is unavailable")).toBeVisible();
  await expect(anonymous.getByText("You cannot vote right now. We are working on it.")).toBeVisible();
  expect(await anonymous.content()).not.toContain(marker);
  const feed = await anonymous.request.get("/status/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml).toContain("You cannot vote right now.");
  expect(xml).not.toContain(marker);

  await page.reload();
  await panel.getByLabel("Status", { exact: true }).selectOption("RESOLVED");
  await panel.getByLabel("Public message").fill("Voting works again.");
  await panel.getByRole("button", { name: "Post the update" }).click();
  await expect(page.getByText("Public update posted.")).toBeVisible();

  await expect(async () => {
    await anonymous.reload();
    await expect(state).toHaveText("Operational", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(anonymous.getByText("Voting works again.")).toBeVisible();
  expect(await anonymous.content()).not.toContain(marker);
  await anonymous.getByRole("button", { name: "Français" }).click();
  await expect(anonymous.getByRole("heading", { name: "Incidents passés (90 jours)" })).toBeVisible();
  // The shared copy's scripts run under its hashed policy: the language switch above needed them.
  expect(refused).toEqual([]);
  const response = await anonymous.request.get("/status");
  expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(await response.text()).not.toContain("nonce=");
});

test("a visitor reports a problem and an admin sees the ticket", async ({ page, signIn, ownPage }) => {
  const tag = randomUUID().slice(0, 8);
  const anonymous = await ownPage(); // a visitor: no cookies, no session
  await anonymous.goto("/status/report");
  await anonymous.getByLabel("What is wrong?").fill(`The results page stays blank ${tag}`);
  await anonymous.getByLabel("Your email (optional)").fill(`voter-${tag}@example.org`);
  await think(anonymous);
  await anonymous.getByRole("button", { name: "Send the report" }).click();
  await expect(anonymous.getByText("Thank you: your report has reached the team.")).toBeVisible();

  await signIn("admin@vigie.local");
  await page.goto(`/tickets?text=${tag}`);
  await page.getByRole("link", { name: new RegExp(`The results page stays blank ${tag}`) }).click();
  await expect(page.getByTestId("public-report")).toContainText("Unverified");
  await expect(page.getByTestId("public-report")).toContainText(`voter-${tag}@example.org`);
  await page.getByRole("button", { name: "Confirm the report" }).click();
  await expect(page.getByText("Report confirmed.")).toBeVisible();
  await expect(page.getByTestId("report-verification")).toHaveText("Confirmed");
});

test("the 11th report from one address in a minute is refused with a clear message", async ({ ownPage }) => {
  const tag = randomUUID().slice(0, 8);
  const anonymous = await ownPage(); // a visitor: no cookies, no session
  await anonymous.goto("/status/report");
  await think(anonymous);
  for (let i = 1; i <= 10; i++) {
    await anonymous.getByLabel("What is wrong?").fill(`Report ${i} of a flood ${tag}`);
    await anonymous.getByRole("button", { name: "Send the report" }).click();
    // The form clears once the report is taken: the next one is typed only then (the message stays in sight).
    await expect(anonymous.getByLabel("What is wrong?")).toHaveValue("");
    await expect(anonymous.getByText("Thank you: your report has reached the team.")).toBeVisible();
  }
  await anonymous.getByLabel("What is wrong?").fill(`Report 11 of a flood ${tag}`);
  await anonymous.getByRole("button", { name: "Send the report" }).click();
  await expect(anonymous.getByText(/You have sent too many reports in a short time\. Wait \d+ seconds before sending another\./)).toBeVisible();
  const [row] = await query<{ count: string }>(`SELECT count(*) FROM "Ticket" WHERE "source" = 'PUBLIC' AND "description" LIKE $1`, [`%${tag}`]);
  expect(Number(row!.count)).toBe(10);
});
