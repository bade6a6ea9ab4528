import { randomUUID } from "node:crypto";
import path from "node:path";
import { missingMonitoringBinaries, startMonitoringStack, startScrapeTarget } from "@/test/support/monitoring-stack";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { expect, test } from "./support/fixtures";
import { violations } from "./support/page-checks";

// The real thing: Prometheus and Alertmanager from Debian, with the rules and routes from docker/,
// posting to the running Vigie. A scraped target goes down, a ticket appears; it comes back, the signal clears.
const missing = missingMonitoringBinaries();
if (missing.length && process.env.CI === "true") {
  throw new Error(`CI must run the Alertmanager end-to-end test, but ${missing.join(", ")} is missing (apt-get install prometheus prometheus-alertmanager).`);
}

test.describe("Alertmanager → Vigie", () => {
  test.skip(missing.length > 0, `needs ${missing.join(", ")} (apt-get install prometheus prometheus-alertmanager)`);
  test.setTimeout(180_000);

  test("a target going down opens a ticket; its recovery clears the signal", async ({ page, signIn, baseURL }) => {
    // A job of its own per attempt: a retry's alert would otherwise join the ticket the failed attempt left open
    // (Alertmanager groups by alertname and job), and no ticket with the retry's title would appear.
    const job = `e2e-target-${randomUUID().slice(0, 6)}`;
    const target = await startScrapeTarget();
    const smtp = await startSmtpCatcher();
    const stack = await startMonitoringStack({
      root: path.resolve(import.meta.dirname, "..", ".."),
      webhookUrl: `${baseURL}/api/alertmanager`,
      token: process.env.E2E_ALERTMANAGER_TOKEN!,
      smtpPort: smtp.port,
      target: target.address,
      job,
    });
    try {
      await signIn("soc@vigie.local");
      await page.goto("/tickets");
      // The Watchdog arrives first: the heartbeat turns "on time".
      await expect(page.getByTestId("heartbeat")).toContainText("on time", { timeout: 60_000 });

      await target.stop();
      const row = page.getByTestId("ticket-rows").getByRole("link", { name: `Target ${job} on ${target.address} is down` });
      // No reload: the list polls by itself.
      await expect(row).toBeVisible({ timeout: 60_000 });
      await row.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Target ${job} on ${target.address} is down`);
      await expect(page.locator("[data-signal]").first()).toHaveAttribute("data-signal", "FIRING");
      await expect(page.getByTestId("alert-rows")).toContainText("TargetDown");
      await expect(page.getByTestId("alert-rows")).toContainText("severity=high");
      await expect(page.getByRole("link", { name: "Prometheus" })).toHaveAttribute("href", new RegExp(`^${stack.prometheusUrl}/graph`));
      // A ticket an alert opened shows what a reported one does not (its alerts, its group key): audited here.
      expect(await violations(page)).toEqual([]);

      await target.start();
      await expect(async () => {
        await page.reload();
        await expect(page.locator("[data-signal]").first()).toHaveAttribute("data-signal", "RESOLVED", { timeout: 1_000 });
      }).toPass({ timeout: 60_000, intervals: [2_000] });
      await expect(page.getByTestId("timeline")).toContainText("Signal cleared");
      // A resolved signal does not solve the ticket: a person still validates.
      await expect(page.getByText("Registered, waiting to be classified.")).toBeVisible();
    } catch (error) {
      console.error(stack.logs().slice(-4000));
      throw error;
    } finally {
      await stack.stop();
      await smtp.close();
      await target.stop();
    }
  });
});
