import { test as base, expect, type Page } from "@playwright/test";

// The global setup publishes the app's address and the demo password through the environment.
export const test = base.extend<{ signIn: (email: string, password?: string) => Promise<void> }>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  signIn: async ({ page }, use) => {
    await use(async (email, password = process.env.E2E_DEMO_PASSWORD!) => {
      await signInWith(page, email, password);
      await expect(page.getByTestId("current-user")).toBeVisible();
    });
  },
});

export async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export { expect };
