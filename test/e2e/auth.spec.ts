import { expect, signInWith, test } from "./support/fixtures";

test("an anonymous visitor is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in", exact: true })).toBeVisible();
});

test("an admin signs in, sees the users, and signs out", async ({ page, signIn }) => {
  await signIn("admin@vigie.local");
  await expect(page.getByTestId("current-user")).toContainText("Admin");
  await page.getByRole("link", { name: /Users/ }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByTestId("user-soc@vigie.local")).toContainText("soc@vigie.local");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});

test("a wrong password is refused with a message", async ({ page }) => {
  await signInWith(page, "tech@vigie.local", "not-the-password");
  await expect(page.getByText("Wrong email or password", { exact: false })).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("an observer is refused an admin page and has no admin menu", async ({ page, signIn }) => {
  await signIn("soc@vigie.local");
  await expect(page.getByRole("link", { name: /Users/ })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByText("admin@vigie.local")).toHaveCount(0);
});
