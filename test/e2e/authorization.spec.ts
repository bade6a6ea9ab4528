import { expect, test } from "./support/fixtures";

// Over real HTTP: what an anonymous visitor gets from every route, and which pages each role may open.
const uuid = "00000000-0000-4000-8000-000000000000";

test("anonymous requests are refused everywhere but the public endpoints", async ({ request }) => {
  const expectations: [string, string, number][] = [
    ["GET", "/api/tickets", 401],
    ["POST", "/api/tickets", 401],
    ["GET", `/api/tickets/${uuid}`, 401],
    ["POST", `/api/tickets/${uuid}/transitions`, 401],
    ["POST", "/api/alertmanager", 401],
    ["GET", `/api/rex/${uuid}/pdf`, 401],
    ["GET", `/api/rex/${uuid}/markdown`, 401],
    ["GET", "/api/metrics", 200],
    ["GET", "/api/health", 200],
    ["GET", "/api/openapi.json", 200],
  ];
  for (const [method, path, status] of expectations) {
    const response = await request.fetch(path, { method, data: method === "POST" ? {} : undefined, maxRedirects: 0 });
    expect(`${method} ${path} → ${response.status()}`).toBe(`${method} ${path} → ${status}`);
  }
  for (const path of ["/tickets", "/tickets/new", `/tickets/${uuid}`, "/runbooks", "/account", "/risks", "/rex", "/metrics", "/plan", "/admin/users", "/admin/tokens", "/admin/emails", "/admin/settings"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(`${path} → ${response.status()} ${response.headers().location ?? ""}`).toMatch(new RegExp(`^${path.replace(/[/-]/g, "\\$&")} → 307 .*/signin`));
  }
});

const pages: [string, string[]][] = [
  ["/tickets", ["admin", "tech", "soc"]],
  ["/tickets/new", ["admin", "tech", "soc"]],
  ["/runbooks", ["admin", "tech", "soc"]],
  ["/account", ["admin", "tech", "soc"]],
  ["/risks", ["admin", "tech", "soc"]],
  ["/risks/new", ["admin"]],
  ["/rex", ["admin", "tech", "soc"]],
  ["/rex/new", ["admin", "tech"]],
  ["/metrics", ["admin", "tech", "soc"]],
  ["/dashboards", ["admin", "tech", "soc"]],
  ["/plan", ["admin", "tech", "soc"]],
  ["/admin/users", ["admin"]],
  ["/admin/tokens", ["admin"]],
  ["/admin/emails", ["admin"]],
  ["/admin/settings", ["admin"]],
];

for (const who of ["admin", "tech", "soc"]) {
  test(`pages ${who} may open`, async ({ page, signIn }) => {
    await signIn(`${who}@vigie.local`);
    for (const [path, allowed] of pages) {
      await page.goto(path);
      const refused = page.getByRole("heading", { name: "You do not have access to this page" });
      if (allowed.includes(who)) await expect(refused, `${who} on ${path}`).toHaveCount(0);
      else await expect(refused, `${who} on ${path}`).toBeVisible();
    }
  });
}
