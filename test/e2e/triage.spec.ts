import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// Issue 13: on call at 3 a.m. — twenty alerts become twenty tickets; the admin acknowledges, classifies and
// assigns them from the list in one request each, then triages with the keyboard alone.
test.setTimeout(180_000);

/** Alertmanager posts one group per ticket, as a storm of distinct alerts does. */
async function storm(request: APIRequestContext, baseURL: string, tag: string, count: number) {
  for (let i = 0; i < count; i++) {
    const id = randomUUID().slice(0, 8);
    const alertname = `Triage_${id}`;
    const response = await request.post(`${baseURL}/api/alertmanager`, {
      headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}`, "user-agent": "Alertmanager/0.25.0" },
      data: {
        receiver: "vigie",
        status: "firing",
        alerts: [{
          status: "firing",
          labels: { alertname, instance: `web-${i}:9100`, severity: "warning", category: "server", team: tag },
          annotations: { summary: `${tag} host web-${i} is down` },
          startsAt: new Date(Date.now() - 60_000).toISOString(),
          endsAt: "0001-01-01T00:00:00Z",
          generatorURL: "http://prometheus:9090/graph",
          fingerprint: `${id}${String(i).padStart(8, "0")}`,
        }],
        groupLabels: { alertname },
        commonLabels: {},
        commonAnnotations: {},
        externalURL: "http://alertmanager:9093",
        version: "4",
        groupKey: `{}:{alertname="${alertname}"}`,
        truncatedAlerts: 0,
      },
    });
    expect(response.status()).toBe(200);
  }
}

const rows = (page: Page) => page.getByTestId("ticket-rows").locator("[data-ticket-row]");

async function bulk(page: Page, button: string, expected: string) {
  await page.getByTestId("bulk-bar").getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByTestId("bulk-result")).toContainText(expected, { timeout: 30_000 });
}

async function selectAll(page: Page, count: number) {
  // Checkbox, then shift-click: the whole range.
  await rows(page).first().getByRole("checkbox").click();
  await rows(page).nth(count - 1).getByRole("checkbox").click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("selected-count")).toHaveText(`${count} selected`);
}

test("twenty tickets from the webhook: acknowledged, classified and assigned in one request each", async ({ page, signIn, baseURL, request }) => {
  const tag = `storm-${randomUUID().slice(0, 6)}`;
  await storm(request, baseURL!, tag, 20);
  await signIn("admin@vigie.local");
  await page.goto(`/tickets?text=${tag}`);
  await expect(rows(page)).toHaveCount(20);

  const bulkRequests: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().includes("/tickets")) bulkRequests.push(r.url());
  });

  await selectAll(page, 20);
  await bulk(page, "Acknowledge", "Acknowledge: 20 done, 0 refused");
  await expect(rows(page).locator('[data-col="acknowledged"]').filter({ hasText: "Alice Martin" })).toHaveCount(20, { timeout: 15_000 });

  // Assignment comes after classification (the lifecycle's order): both in one go for the twenty.
  await selectAll(page, 20);
  await page.getByTestId("bulk-bar").getByRole("button", { name: "Classify", exact: true }).click();
  await page.getByTestId("bulk-bar").getByLabel("Impact").selectOption("3");
  await page.getByTestId("bulk-bar").getByLabel("Urgency").selectOption("4");
  await bulk(page, "Classify 20", "Classify: 20 done, 0 refused");

  await selectAll(page, 20);
  await page.getByTestId("bulk-bar").getByRole("button", { name: "Assign", exact: true }).click();
  await page.getByTestId("bulk-bar").getByLabel("Treated by").selectOption({ label: "Thomas Petit (technician)" });
  await bulk(page, "Assign 20", "Assign: 20 done, 0 refused");
  expect(bulkRequests).toHaveLength(3);

  await expect(rows(page).locator('[data-col="assignee"]').filter({ hasText: "Thomas Petit" })).toHaveCount(20, { timeout: 15_000 });
  const listed = await (await page.request.get(`/api/tickets?text=${tag}`)).json();
  expect(listed.total).toBe(20);
  for (const t of listed.items) expect(t).toMatchObject({ step: "TREATMENT", acknowledgedBy: { name: "Alice Martin" }, assignee: { name: "Thomas Petit" } });

  // Grouped by the storm's label: one group, collapsed, with its count.
  await page.goto(`/tickets?text=${tag}&group=team`);
  await expect(page.locator("[data-group]")).toHaveCount(1);
  await expect(page.getByTestId("group-count")).toHaveText("20");
  await expect(rows(page)).toHaveCount(0);
  await page.getByRole("button", { name: new RegExp(tag) }).click();
  await expect(rows(page)).toHaveCount(20);
});

test("keyboard triage: j/k move, x selects, ? lists the keys, / searches, Enter opens", async ({ page, signIn, baseURL, request }) => {
  const tag = `keys-${randomUUID().slice(0, 6)}`;
  await storm(request, baseURL!, tag, 3);
  await signIn("admin@vigie.local");
  await page.goto(`/tickets?text=${tag}`);
  await expect(rows(page)).toHaveCount(3);

  const cursor = page.locator("[data-ticket-row].ring-2");
  await page.keyboard.press("j");
  await expect(cursor).toHaveAttribute("data-id", (await rows(page).nth(0).getAttribute("data-id"))!);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(cursor).toHaveAttribute("data-id", (await rows(page).nth(2).getAttribute("data-id"))!);
  await page.keyboard.press("k");
  const second = (await rows(page).nth(1).getAttribute("data-id"))!;
  const secondNumber = (await rows(page).nth(1).getAttribute("data-number"))!;
  await expect(cursor).toHaveAttribute("data-id", second);

  await page.keyboard.press("x");
  await expect(page.getByTestId("selected-count")).toHaveText("1 selected");
  await page.keyboard.press("k");
  await page.keyboard.press("x");
  await expect(page.getByTestId("selected-count")).toHaveText("2 selected");
  await page.keyboard.press("x");
  await expect(page.getByTestId("selected-count")).toHaveText("1 selected");

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.keyboard.press("/");
  await expect(page.getByLabel("Search tickets")).toBeFocused();
  await page.keyboard.press("Escape");

  await page.keyboard.press("j");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${secondNumber}$`)); // a ticket's address is its number
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tag);
  await page.getByRole("button", { name: "I'm on it" }).click();
  await expect(page.getByTestId("acknowledgement")).toContainText("Acknowledged by Alice Martin");
});

test("a technician lands on his tickets and the unassigned ones, and takes one", async ({ page, signIn, baseURL, request }) => {
  const tag = `take-${randomUUID().slice(0, 6)}`;
  await storm(request, baseURL!, tag, 1);
  await signIn("admin@vigie.local");
  await page.goto(`/tickets?text=${tag}`);
  await rows(page).first().getByRole("link").click();
  await page.getByRole("button", { name: "Classify" }).click();
  await expect(page.getByText("Classified, waiting to be assigned.").first()).toBeVisible({ timeout: 30_000 });
  const url = page.url();

  await page.context().clearCookies();
  await signIn("tech@vigie.local");
  await page.goto("/tickets");
  await expect(page).toHaveURL(/assignee=me_or_none/);
  await page.goto(url);
  await page.getByRole("button", { name: "Take it" }).click();
  await expect(page.getByTestId("acknowledgement")).toContainText("Acknowledged by Thomas Petit", { timeout: 30_000 });
  await expect(page.getByText("Assigned and being worked.").first()).toBeVisible();
});
