import { randomUUID } from "node:crypto";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { sentEmails } from "./support/mail";
import { quietNotifications } from "./support/quiet";
import { expect, test } from "./support/fixtures";

// Risk R2 end to end: a rotation (Thomas today, Bruno next), a short escalation policy for priority 5, then an
// alert nobody acknowledges. Thomas (on call) is emailed first; a minute later Bruno (the next person) is.

/**
 * A daily rotation whose first turn began before `now` and hands over 12 hours or more later, read on the team's
 * clock: midnight before noon, noon after; starting on `now`'s day. Both from one instant: the form's default start
 * is the day the page was rendered, and a page rendered just before midnight with 00:00 chosen just after would
 * start the turns a day back, making Bruno the one on call now.
 */
function rotationBefore(now: Date): { handOverTime: string; startDate: string } {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "2-digit", hourCycle: "h23" }).format(now));
  return { handOverTime: hour < 12 ? "00:00" : "12:00", startDate: new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now) };
}

test.describe("escalation", () => {
  test.setTimeout(240_000);

  // A quiet team, before (earlier specs may have stormed the admins, and left tickets that would escalate first)
  // and after (for the next spec).
  test.beforeAll(() => quietNotifications({ acknowledgeOpen: true }));
  test.afterAll(() => quietNotifications({ resetOnCall: true }));

  test("reaches the second person when the first does not acknowledge", async ({ page, signIn, request }) => {
    await signIn("admin@vigie.local");
    await page.goto("/oncall");

    await page.getByLabel("Turn 1", { exact: true }).selectOption({ label: "Thomas Petit" });
    await page.getByLabel("Turn 2", { exact: true }).selectOption({ label: "Bruno Lefèvre" });
    await page.getByLabel("Hand-over").selectOption("daily");
    const rotation = rotationBefore(new Date());
    await page.getByLabel(/^At \(/).fill(rotation.handOverTime);
    await page.getByLabel("Turn 1 starts on", { exact: true }).fill(rotation.startDate);
    await page.getByRole("button", { name: "Save the rotation" }).click();
    await expect(page.getByText("Rotation saved.")).toBeVisible();
    await expect(page.getByTestId("on-call-now")).toContainText("Thomas Petit");
    await expect(page.getByTestId("on-call-next")).toContainText("Bruno Lefèvre");

    // Only priority 5 escalates, a level a minute; a digest window shorter than that.
    for (const p of [6, 4, 3, 2, 1]) await page.getByLabel(`P${p} escalates`).uncheck();
    await page.getByLabel("P5 escalates").check();
    await page.getByLabel("P5 minutes between levels").fill("1");
    await page.getByLabel("P5 pause before the next round").fill("0");
    await page.getByLabel("P5 rounds").fill("1");
    await page.getByRole("button", { name: "Save the escalation policy" }).click();
    await expect(page.getByText("Escalation policy saved")).toBeVisible();
    await page.getByLabel("Digest window (minutes)").fill("0.5");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Time zone and digest window saved.")).toBeVisible();

    // A critical alert (urgency 5 → priority 5) that nobody acknowledges.
    const id = randomUUID().slice(0, 8);
    const title = `Escalation e2e ${id}`;
    const alert = rawAlert({ fingerprint: `esc${id}`, startsAt: new Date().toISOString(), labels: { alertname: `EscalationE2E_${id}`, severity: "critical" }, annotations: { summary: title, description: "nobody answers" } });
    // Taken before the post: the ticket is registered after it, its level 2 is due a minute after that. Taken
    // after, it left only 5 s for the post's answer on a slow machine.
    const posting = Date.now();
    const posted = await request.post("/api/alertmanager", { data: rawPayload([alert]), headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}` } });
    expect(posted.status()).toBe(200);

    const escalationTo = (address: string) => sentEmails().filter((e) => e.to.includes(address) && e.subject.includes("Nobody acknowledged") && e.subject.includes(title));
    await expect.poll(() => escalationTo("tech@vigie.local").length, { timeout: 60_000 }).toBe(1);
    expect(escalationTo("admin2@vigie.local")).toHaveLength(0);
    await expect.poll(() => escalationTo("admin2@vigie.local").length, { timeout: 120_000 }).toBe(1);
    expect(Date.now() - posting).toBeGreaterThanOrEqual(59_000);
    expect(escalationTo("admin2@vigie.local")[0]!.body).toContain("The next person on call");

    // Each notification is one timeline event on the ticket. Level 3 (all admins) is due two minutes in and may be
    // there too on a slow machine: each level is counted on its own, not all the escalation events.
    await page.goto("/tickets");
    await page.getByRole("link", { name: title }).first().click();
    const timeline = page.getByTestId("timeline");
    await expect(timeline.getByText("level 1, round 1: Thomas Petit")).toHaveCount(1);
    await expect(timeline.getByText("level 2, round 1: Bruno Lefèvre")).toHaveCount(1);
  });
});
