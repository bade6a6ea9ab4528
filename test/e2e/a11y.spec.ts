import { expect, test } from "./support/fixtures";
import { cutChoices, violations } from "./support/page-checks";

// Every page, light and dark, at desktop and phone width: no WCAG 2.1 AA violation (axe-core), nothing wider
// than a 390 px screen.
const pages = ["/tickets", "/tickets/new", "/risks", "/risks/R1", "/rex", "/metrics", "/dashboards", "/plan", "/oncall", "/runbooks", "/account", "/admin/users", "/admin/tokens", "/admin/emails", "/admin/alertmanager", "/admin/settings", "/admin/status", "/admin/security", "/status", "/status/report"];

for (const scheme of ["light", "dark"] as const) {
  test(`no accessibility violation on any page, ${scheme}`, async ({ page, signIn }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/signin");
    // Its buttons are disabled until the page is hydrated (a submit before it would lose the form): audited ready.
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
    const found: string[] = (await violations(page)).map((v) => `/signin: ${v}`);
    await signIn("admin@vigie.local");
    const firstTicket = await page.request.get("/api/tickets?pageSize=1").then((r) => r.json()).then((b: { items: { id: string }[] }) => b.items[0]?.id);
    for (const path of [...pages, ...(firstTicket ? [`/tickets/${firstTicket}`] : [])]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}

for (const language of ["en", "fr"] as const) {
  test(`nothing is wider than a phone, and every choice of a select reads whole there, in ${language === "en" ? "English" : "French"}`, async ({ page, signIn, baseURL }) => {
    test.setTimeout(180_000);
    await signIn("admin@vigie.local");
    await page.context().addCookies([{ name: "vigie-locale", value: language, url: baseURL! }]);
    await page.setViewportSize({ width: 390, height: 844 });
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path}: ${width}px`);
      wide.push(...(await cutChoices(page)).map((c) => `${path}: choice cut: ${c}`));
      // axe at this width too: what only a phone shows (a table that scrolls sideways, once it has rows).
      wide.push(...(await violations(page)).map((v) => `${path}: ${v}`));
    }
    expect(wide).toEqual([]);
  });
}
