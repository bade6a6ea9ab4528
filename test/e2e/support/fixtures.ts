import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";

type Fixtures = {
  signIn: (email: string, password?: string) => Promise<void>;
  /** A page in a browser context of its own (its own cookies: another person), closed after the test. */
  ownPage: (options?: BrowserContextOptions) => Promise<Page>;
  /** Fails a test that leaves a browser context open (use ownPage, or close it). */
  noContextLeft: void;
};

// The global setup publishes the app's address and the demo password through the environment.
export const test = base.extend<Fixtures>({
  baseURL: async ({}, use) => {
    await use(process.env.E2E_BASE_URL);
  },
  signIn: async ({ page }, use) => {
    await use(async (email, password = process.env.E2E_DEMO_PASSWORD!) => {
      await signInWith(page, email, password);
      await expect(page.getByTestId("current-user")).toBeVisible();
    });
  },
  ownPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL: process.env.E2E_BASE_URL, ...options });
      contexts.push(context);
      return context.newPage();
    });
    // A context left open keeps its live stream and re-renders its page at every later change: five of them, left
    // by the lifecycle spec on a ticket page, slowed the next spec's "within 1 s" past its budget in CI.
    await Promise.all(contexts.map((context) => context.close()));
  },
  noContextLeft: [
    async ({ browser }, use) => {
      await use();
      // Torn down after the test's own fixtures (page, ownPage): whatever is still open, the test left.
      expect(browser.contexts(), "browser contexts this test left open").toHaveLength(0);
    },
    { auto: true },
  ],
});

export async function signInWith(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

export { expect };
