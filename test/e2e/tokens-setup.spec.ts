import { expect, test } from "./support/fixtures";

// The API tokens page tells an admin how to connect Alertmanager: the full webhook URL, a ready alertmanager.yml
// with a placeholder for the token (shown once, at creation, where the snippet carries it), and copy buttons.
test("the webhook URL and the alertmanager.yml snippet, copied; a new token fills the snippet", async ({ page, signIn, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn("admin@vigie.local");
  await page.goto("/admin/tokens");
  await expect(page.getByTestId("webhook-url").first()).toHaveText(/^https?:\/\/.+\/api\/alertmanager$/);
  const snippet = page.getByTestId("alertmanager-snippet").first();
  await expect(snippet).toContainText('credentials: "<token>"');
  await expect(snippet).toContainText("send_resolved: true");
  await expect(snippet).toContainText("max_alerts: 10000");

  await page.getByRole("button", { name: "Copy the URL" }).first().click();
  await expect(page.getByText("Copied").first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByTestId("webhook-url").first().textContent());

  await page.getByLabel("Name").fill(`e2e-am-${Date.now()}`);
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  await expect(page.getByTestId("alertmanager-snippet").first()).toContainText(`credentials: "${token}"`);
});
