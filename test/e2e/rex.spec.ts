import fs from "node:fs";
import { expect, test } from "./support/fixtures";

// After closure: the REX is drafted from the ticket, completed, published and downloaded as a PDF;
// the SOC reads REX and risks but cannot edit them.
test("write, publish and download the REX of a closed ticket", async ({ page, signIn }) => {
  const signOut = async () => {
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page.getByText("You are signed out.")).toBeVisible();
  };
  const title = `Results page down (REX) ${Date.now()}`;
  await signIn("admin@vigie.local");
  // This test needs one approval: set the policy, whatever another test chose.
  await page.goto("/admin/settings");
  await page.getByLabel("Validation quorum").selectOption("ONE_OTHER_ADMIN");
  await page.getByRole("button", { name: "Save the quorum policy" }).click();
  await expect(page.getByText("Quorum policy saved.")).toBeVisible();
  // A closed ticket, the quick way: report it, then close it through the API the page uses.
  await page.goto("/tickets/new");
  await page.getByLabel("What is happening?").fill(title);
  await page.getByRole("button", { name: "Report the incident" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const ticketUrl = page.url();
  const id = ticketUrl.split("/").at(-1)!;
  const move = async (body: Record<string, unknown>) => expect((await page.request.post(`/api/tickets/${id}/transitions`, { data: body })).status()).toBe(200);
  await move({ transition: "classify", impact: 3, urgency: 3, category: "SERVICE" });
  const people = await (await page.request.get(`/api/tickets/${id}`)).json();
  expect(people.step).toBe("CLASSIFICATION");
  // Assign to self (an admin can treat), solve, ask; another admin approves.
  const me = (await (await page.request.get("/api/auth/session")).json()).user.id as string;
  await move({ transition: "assign", assigneeId: me });
  await move({ transition: "recordSolution", solution: "Restarted the containers after the database." });
  await move({ transition: "requestValidation" });
  await signOut();
  await signIn("admin2@vigie.local");
  await move({ transition: "approve" });
  await move({ transition: "close", note: "Closed for the REX test." });

  await page.goto(ticketUrl);
  await page.getByRole("button", { name: "Write the REX" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByTestId("rex-course")).toContainText("Registered");
  // Publishing waits for the plan's four sections; actions taken come from the ticket's solution and closing note.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByTestId("publish-missing")).toContainText("Write the course of the incident.");
  await page.getByLabel("Course of the incident (in words)").fill("The results page showed an error while the database restarted.");
  await page.getByLabel("Weak point").fill("The database restarted before the application containers.");
  await page.getByLabel("Recommendations").fill("Plan a recovery process (failover).");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Published/)).toBeVisible();
  const rexUrl = page.url();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF" }).click();
  const file = await (await download).path();
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");

  // The SOC reads, and cannot edit.
  await signOut();
  await signIn("soc@vigie.local");
  await page.goto("/rex");
  await expect(page.getByTestId("rex-list")).toContainText("Incident 1: the PostgreSQL service stopped");
  await page.goto(rexUrl);
  await expect(page.getByText("The database restarted before the application containers.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await page.goto("/risks");
  await expect(page.getByTestId("risk-rows")).toContainText("R6");
  await expect(page.getByTestId("risk-rows")).toContainText("Untreated");
  await expect(page.getByRole("link", { name: "Add a risk" })).toHaveCount(0);
  await page.goto("/risks/R3");
  await expect(page.getByRole("heading", { name: "Edit" })).toHaveCount(0);
  await page.goto("/risks/new");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});
