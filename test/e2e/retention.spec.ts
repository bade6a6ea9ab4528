import { expect, test } from "./support/fixtures";

// Admin → Team settings, Retention (issue 15): a retention too short is refused where it is typed; a valid one is
// saved and shown again; an empty field puts closed tickets back to "kept for ever".
test("an admin sets how long closed tickets are kept, then keeps them for ever again", async ({ page, signIn }) => {
  await signIn("admin@vigie.local"); // waits until signed in: a goto right after the click raced the sign-in
  await page.goto("/admin/settings");
  const days = page.getByLabel("Closed tickets kept (days after closure)");
  const save = page.getByRole("button", { name: "Save the retention" });
  await expect(page.getByLabel("Raw webhook bodies kept (days)")).toHaveValue("30");

  await days.fill("30");
  await save.click();
  await expect(page.getByText("At least 90 days.")).toBeVisible();

  await days.fill("400");
  await save.click();
  await expect(page.getByText("Retention saved: closed tickets are deleted 400 days after closure.")).toBeVisible();
  await page.reload();
  await expect(days).toHaveValue("400");
  await expect(page.getByText(/Not run yet|Last run/).last()).toBeVisible();

  await days.fill("");
  await save.click();
  await expect(page.getByText("Retention saved: closed tickets are kept for ever.")).toBeVisible();
  await page.reload();
  await expect(days).toHaveValue("");
  await expect(page.getByText("Closed tickets are kept for ever: nothing is deleted.")).toBeVisible();
});
