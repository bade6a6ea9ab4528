import type { BrowserContextOptions, Page } from "@playwright/test";
import { expect, signInWith, test } from "./support/fixtures";
import { sentEmails } from "./support/mail";
import { quietNotifications } from "./support/quiet";

// It counts the emails of one incident: start from a quiet team (earlier specs' storms fill digests).
test.beforeAll(() => quietNotifications());

// The seven steps as the team lives them, each person in their own browser, with the emails they get.
test.setTimeout(240_000);

async function as(ownPage: (options?: BrowserContextOptions) => Promise<Page>, email: string): Promise<Page> {
  const page = await ownPage();
  await signInWith(page, email, process.env.E2E_DEMO_PASSWORD!);
  await expect(page.getByTestId("current-user")).toBeVisible();
  return page;
}

// A step change re-renders the page after the server action: allow for a loaded CI machine.
const state = (page: Page, text: string) => expect(page.getByText(text, { exact: true }).first()).toBeVisible({ timeout: 30_000 });

test("registration to closure, with a refusal and a majority validation", async ({ ownPage, baseURL }) => {
  const title = `Results page down ${Date.now()}`;
  const admin = await as(ownPage, "admin@vigie.local");
  const admin2 = await as(ownPage, "admin2@vigie.local");
  const admin3 = await as(ownPage, "admin3@vigie.local");
  const tech = await as(ownPage, "tech@vigie.local");
  const soc = await as(ownPage, "soc@vigie.local");

  // Admins choose the majority quorum.
  await admin.goto("/admin/settings");
  await admin.getByLabel("Validation quorum").selectOption("MAJORITY");
  await admin.getByRole("button", { name: "Save the quorum policy" }).click();
  await expect(admin.getByText("Quorum policy saved.")).toBeVisible();

  // 1. The SOC reports the incident.
  await soc.goto("/tickets/new");
  await soc.getByLabel("What is happening?").fill(title);
  await soc.getByLabel("Details").fill("The page that shows the votes answers 502.");
  await soc.getByRole("button", { name: "Report the incident" }).click();
  await expect(soc.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(soc.getByTestId("ticket-actions")).toHaveCount(0); // observers change nothing
  const url = soc.url().replace(baseURL!, "");
  expect(url).toMatch(/^\/tickets\/\d+$/); // addressed by its number
  await expect(soc.getByTestId("next-step")).toContainText("Classify the incident"); // what comes next, for everyone

  // 2–3. An admin classifies and assigns the technician.
  await admin.goto(url);
  await admin.getByTestId("ticket-actions").getByLabel("Impact").selectOption("4"); // the status panel has an Impact too
  await admin.getByLabel("Urgency").selectOption("5");
  await admin.getByLabel("Category").selectOption("SERVICE");
  await admin.getByLabel("Affected services (comma-separated)").fill("web, postgresql");
  await admin.getByRole("button", { name: "Classify" }).click();
  await state(admin, "Classified, waiting to be assigned.");
  await expect(admin.getByTestId("ticket-actions").getByLabel("Impact")).toHaveValue("4"); // the saved value, not the default back
  await expect(admin.getByTestId("next-action")).toHaveText("Assign it to the person who will treat it.");
  await admin.getByLabel("Treated by").selectOption({ label: "Thomas Petit (technician)" });
  await admin.getByRole("button", { name: "Assign" }).click();
  await state(admin, "Assigned and being worked.");

  // 4. The technician records the solution and asks for validation.
  const solve = async (text: string) => {
    await tech.goto(url);
    await tech.getByTestId("ticket-actions").getByLabel("Solution").fill(text); // the recorded solution's section is "Solution" too
    await tech.getByRole("button", { name: "Record the solution" }).click();
    await state(tech, "A solution is recorded.");
    await tech.getByRole("button", { name: "Ask the admins for validation" }).click();
    await state(tech, "Waiting for the admins’ validation.");
    await expect(tech.getByTestId("validation-tally")).toBeVisible(); // the solver sees the tally too
  };
  await solve("Restarted the database, then the containers.");

  // 5. A second admin refuses, with a reason: back to treatment.
  await admin2.goto(url);
  await admin2.getByLabel("Why is it refused?").fill("The page still times out under load.");
  await admin2.getByRole("button", { name: "Refuse the solution" }).click();
  await state(admin2, "Assigned and being worked.");
  await expect(admin2.getByTestId("votes")).toContainText("refused by Bruno Lefèvre — The page still times out under load.");

  await solve("Restarted the containers in order and added a failover procedure.");

  // Two admins approve under the majority policy.
  await admin.goto(url);
  await admin.getByRole("button", { name: "Approve the solution" }).click();
  await state(admin, "Waiting for the admins’ validation.");
  await expect(admin.getByRole("button", { name: "Approve the solution" })).toHaveCount(0);
  // An admin who voted still sees the tally: who approved, who may still vote.
  await expect(admin.getByTestId("validation-tally")).toContainText(/1 of \d+ approvals/);
  await expect(admin.getByTestId("may-still-vote")).toContainText("Bruno Lefèvre");
  await admin3.goto(url);
  await admin3.getByRole("button", { name: "Approve the solution" }).click();
  await state(admin3, "Validated; remediation measures under way.");

  // 6. Remediation, then 7. closure.
  await admin.goto(url);
  await admin.getByLabel("New measure").fill("Write the failover procedure");
  await admin.getByLabel("Owner").selectOption({ label: "Thomas Petit" });
  await admin.getByRole("button", { name: "Add", exact: true }).click();
  await expect(admin.getByTestId("measures")).toContainText("Write the failover procedure");
  await expect(admin.getByText("1 remediation measure is still open", { exact: false })).toBeVisible(); // said before one tries
  await admin.getByLabel("Closing note").fill("Solved.");
  await admin.getByRole("button", { name: "Close the ticket" }).click();
  await expect(admin.getByText("Every remediation measure must be done", { exact: false })).toBeVisible();
  await expect(admin.getByLabel("Closing note")).toHaveValue("Solved."); // the refusal keeps what was typed

  await tech.goto(url);
  await tech.getByLabel("State of Write the failover procedure").selectOption("DONE");
  await tech.getByRole("button", { name: "Update" }).click();
  await expect(tech.getByTestId("measures")).toContainText("done");

  await admin.goto(url);
  await admin.getByLabel("Closing note").fill("Solved; failover procedure written.");
  await admin.getByRole("button", { name: "Close the ticket" }).click();
  await state(admin, "Closed.");
  await expect(admin.getByTestId("ticket-actions").getByRole("button", { name: "Write the REX" })).toBeVisible(); // the main action at closure
  await expect(admin.getByTestId("timeline")).toContainText("Solution refused: back to treatment");

  // The emails, through a real SMTP server: who got what, all in the ticket's thread.
  const admins = ["admin2@vigie.local", "admin3@vigie.local", "admin@vigie.local"];
  await expect.poll(() => sentEmails().filter((e) => e.subject.includes(title)).length, { timeout: 60_000 }).toBe(6);
  const mails = sentEmails().filter((e) => e.subject.includes(title));
  const byKind = (what: string) => mails.filter((m) => m.subject.includes(what));
  expect(byKind("New incident")[0]!.to.sort()).toEqual(admins);
  expect(byKind("Assigned to you")[0]!.to).toEqual(["tech@vigie.local"]);
  expect(byKind("Validation requested").map((m) => m.to.sort())).toEqual([admins, admins]);
  expect(byKind("Solution refused")[0]!.to).toEqual(["tech@vigie.local"]);
  expect(byKind("Closed")[0]!.to.sort()).toEqual(admins);
  const root = byKind("New incident")[0]!.headers["message-id"]!;
  expect(root).toMatch(/^<ticket-[0-9a-f-]+@127\.0\.0\.1>$/);
  for (const mail of mails.filter((m) => m.headers["message-id"] !== root)) {
    expect(mail.headers["in-reply-to"]).toBe(root);
    expect(mail.headers.references).toBe(root);
    // Each email links the ticket: by its number or by its id (which redirects to the number).
    expect(mail.body).toMatch(new RegExp(`${baseURL}(${url}|/tickets/[0-9a-f-]{36})\\b`));
  }
});
