import type { Page } from "@playwright/test";
import pg from "pg";
import { expect, test } from "./support/fixtures";

// Sign-in through the company's directory: a real OpenID Provider started by the global setup (test-stack.ts).
async function signInThroughDirectory(page: Page, login: string) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Company SSO" }).click();
  // The provider's own development login form, then its consent page; a provider that remembers the person
  // (its own session) sends them straight back to Vigie.
  const form = page.locator('input[name="login"]');
  await expect(form.or(page.getByTestId("current-user"))).toBeVisible();
  if (await form.isVisible()) {
    await form.fill(login);
    await page.locator('input[name="password"]').fill("any password");
    await page.getByRole("button", { name: "Sign-in" }).click();
    const consent = page.getByRole("button", { name: "Continue" });
    if (await consent.isVisible({ timeout: 5_000 }).catch(() => false)) await consent.click();
  }
}

async function setGroups(id: string, groups: string[]) {
  const response = await fetch(process.env.E2E_OIDC_ADMIN_URL!, { method: "POST", body: JSON.stringify({ id, groups }) });
  expect(response.status).toBe(204);
}

test("a directory user signs in and lands with the role their groups give; a changed group changes it at the next sign-in", async ({ page }) => {
  await signInThroughDirectory(page, "oidc-tech");
  await expect(page.getByTestId("current-user")).toContainText("Theo Tech");
  await expect(page.getByTestId("current-user")).toContainText("Technician");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);

  await setGroups("oidc-tech", ["vigie-admins"]);
  try {
    await signInThroughDirectory(page, "oidc-tech");
    await expect(page.getByTestId("current-user")).toContainText("Admin");
    await page.goto("/admin/users");
    await expect(page.getByText("oidc-tech@directory.test")).toBeVisible();
  } finally {
    await setGroups("oidc-tech", ["vigie-techs"]);
    // The account keeps the role of its last sign-in: back to technician, so later specs count three admins.
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
    await db.connect();
    await db.query(`UPDATE "User" SET "role" = 'TECHNICIAN' WHERE "email" = 'oidc-tech@directory.test'`).finally(() => db.end());
  }
});

test("a directory user in no mapped group is refused with a message that says why", async ({ page }) => {
  await signInThroughDirectory(page, "oidc-nobody");
  await expect(page).toHaveURL(/\/signin\?error=NoRole/);
  await expect(page.getByText("in no group that Vigie knows")).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("LDAP: a directory user signs in with the directory's password and lands with the mapped role; a wrong password is refused", async ({ page }) => {
  await page.goto("/signin");
  const form = page.getByTestId("ldap-sign-in");
  await form.getByLabel("Username").fill("tom");
  await form.getByLabel("Directory password").fill("not-his-password");
  await form.getByRole("button", { name: "Sign in with Company directory" }).click();
  await expect(form.getByText("Wrong username or password.")).toBeVisible();

  await form.getByLabel("Directory password").fill("tom-Pass-1");
  await form.getByRole("button", { name: "Sign in with Company directory" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Tom Tech");
  await expect(page.getByTestId("current-user")).toContainText("Technician");
});
