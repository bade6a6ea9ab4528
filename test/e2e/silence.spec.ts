import { randomUUID } from "node:crypto";
import path from "node:path";
import type { ApiSilence } from "@/lib/domain/silences/requests";
import { startAppServer, type AppServer } from "@/test/support/app-server";
import { missingMonitoringBinaries, startMonitoringStack, startScrapeTarget } from "@/test/support/monitoring-stack";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { expect, signInWith, test } from "./support/fixtures";

// Silence a ticket from Vigie against the real Alertmanager 0.25: Prometheus fires TargetDown, Alertmanager
// posts it to Vigie, the person silences the ticket, Alertmanager holds the silence and suppresses the alert.
// The shared app runs without ALERTMANAGER_URL, so this spec starts a second instance of the built app on the same
// database with ALERTMANAGER_URL pointing at this stack's Alertmanager.
const root = path.resolve(import.meta.dirname, "..", "..");
const missing = missingMonitoringBinaries();
if (missing.length && process.env.CI === "true") {
  throw new Error(`CI must run the silence end-to-end test, but ${missing.join(", ")} is missing (apt-get install prometheus prometheus-alertmanager).`);
}

type AmAlert = { labels: Record<string, string>; status: { state: string; silencedBy: string[] } };

test.describe("Silence from the ticket → Alertmanager", () => {
  test.skip(missing.length > 0, `needs ${missing.join(", ")} (apt-get install prometheus prometheus-alertmanager)`);
  test.setTimeout(240_000);

  test("silencing a ticket creates the silence in Alertmanager and suppresses its alert; expiring it ends both", async ({ browser, baseURL }) => {
    // Its own per attempt: a retry would otherwise join the ticket a failed attempt left open (grouped by job).
    const job = `e2e-silence-${randomUUID().slice(0, 6)}`;
    const target = await startScrapeTarget();
    const smtp = await startSmtpCatcher();
    const stack = await startMonitoringStack({ root, webhookUrl: `${baseURL}/api/alertmanager`, token: process.env.E2E_ALERTMANAGER_TOKEN!, smtpPort: smtp.port, target: target.address, job });
    let app: AppServer | undefined;
    const am = async <T>(p: string) => (await (await fetch(`${stack.alertmanagerUrl}/api/v2${p}`)).json()) as T;
    const targetDown = async () => (await am<AmAlert[]>(`/alerts?filter=${encodeURIComponent(`job="${job}"`)}`)).find((a) => a.labels.alertname === "TargetDown");
    try {
      app = await startAppServer({ root, databaseUrl: process.env.E2E_DATABASE_URL!, env: { ALERTMANAGER_URL: stack.alertmanagerUrl, ALERTMANAGER_TOKEN: process.env.E2E_ALERTMANAGER_TOKEN, VIGIE_BACKGROUND_JOBS: "false" } });
      const context = await browser.newContext({ baseURL: app.baseURL });
      const page = await context.newPage();
      await signInWith(page, "admin@vigie.local", process.env.E2E_DEMO_PASSWORD!);
      await expect(page.getByTestId("current-user")).toBeVisible();

      await target.stop();
      const title = `Target ${job} on ${target.address} is down`;
      await page.goto("/tickets");
      const row = page.getByTestId("ticket-rows").getByRole("link", { name: title });
      await expect(row).toBeVisible({ timeout: 90_000 });
      await row.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      const ticketUrl = page.url();

      const panel = page.getByTestId("silences");
      await expect(panel).toContainText("No active silence.");
      await expect(panel).toContainText(`{alertname="TargetDown", job="${job}"}`);
      await panel.getByLabel("Silence duration").selectOption("2h");
      await panel.getByRole("button", { name: "Silence for 2 h" }).click();
      const entry = panel.locator('li[data-kind="ticket"][data-state="active"]');
      await expect(entry).toBeVisible();
      const silenceId = (await entry.getAttribute("data-silence-id"))!;

      // The silence is in Alertmanager's API with the group's matchers, the ticket's link and the person.
      const silence = await am<ApiSilence>(`/silence/${silenceId}`);
      expect(silence.status.state).toBe("active");
      expect(silence.matchers).toEqual([
        { name: "alertname", value: "TargetDown", isRegex: false, isEqual: true },
        { name: "job", value: job, isRegex: false, isEqual: true },
      ]);
      // The comment links the ticket (by its id: the page redirects to its number).
      expect(silence.comment).toMatch(new RegExp(`${new URL(ticketUrl).origin}/tickets/[0-9a-f-]{36}`));
      expect(silence.createdBy).toBe("Alice Martin <admin@vigie.local>");
      await expect(entry).toContainText("Ends");
      await expect(page.getByTestId("timeline")).toContainText("Silenced in Alertmanager");

      // Alertmanager suppresses the alert with that silence.
      await expect.poll(async () => (await targetDown())?.status, { timeout: 30_000 }).toMatchObject({ state: "suppressed", silencedBy: [silenceId] });

      // Extend by 1 h, then expire: Alertmanager follows, and the alert is active again.
      await entry.getByRole("button", { name: "Extend by 1 h" }).click();
      await expect(page.getByTestId("timeline")).toContainText("Silence extended");
      expect(new Date((await am<ApiSilence>(`/silence/${silenceId}`)).endsAt).getTime()).toBe(new Date(silence.endsAt).getTime() + 3_600_000);
      await entry.getByRole("button", { name: "Expire now" }).click();
      await expect(panel).toContainText("No active silence.");
      await expect(page.getByTestId("timeline")).toContainText("Silence expired");
      expect((await am<ApiSilence>(`/silence/${silenceId}`)).status.state).toBe("expired");
      await expect.poll(async () => (await targetDown())?.status.state, { timeout: 30_000 }).toBe("active");
      await context.close();
    } catch (error) {
      console.error(stack.logs().slice(-4000));
      throw error;
    } finally {
      await app?.stop();
      await stack.stop();
      await smtp.close();
      await target.stop();
    }
  });
});
