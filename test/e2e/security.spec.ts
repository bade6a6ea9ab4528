import { generate } from "otplib";
import pg from "pg";
import { expect, signInWith, test } from "./support/fixtures";

// Issue 11 in a real browser against the built app behind scripts/server.mjs.

test("sign-in never leaves Vigie, whatever callbackUrl says", async ({ page, baseURL }) => {
  const payloads = ["%2F%5Cevil.example%2Fphish", "%2F%09%2Fevil.example%2Fphish", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "%2F..%2F%2Fevil.example"];
  for (const payload of payloads) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${payload}`);
    await page.getByLabel("Email", { exact: true }).fill("tech@vigie.local");
    await page.getByLabel("Password", { exact: true }).fill(process.env.E2E_DEMO_PASSWORD!);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(new URL(page.url()).origin, payload).toBe(new URL(baseURL!).origin);
  }
});

test("the sign-in page shows no text taken from the URL", async ({ page }) => {
  await page.goto("/signin?error=Your%20account%20is%20suspended%2C%20call%20%2B33%201%2023%2045%2067%2089");
  await expect(page.getByText("call +33")).toHaveCount(0);
  await expect(page.getByText("Signing in failed. Try again.")).toBeVisible();
});

test("a session cookie copied before sign-out is refused after it", async ({ page, browser, signIn, baseURL }) => {
  await signIn("tech@vigie.local");
  const stolen = await page.context().cookies();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/signin/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(stolen);
  const other = await thief.newPage();
  await other.goto("/tickets");
  await expect(other).toHaveURL(/\/signin/);
  const session = await (await other.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
  await thief.close();
});

test("security headers on the sign-in page, a page and an API answer; no page breaks the CSP", async ({ page, signIn }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  const signinPage = await page.goto("/signin");
  const pageCsp = signinPage!.headers()["content-security-policy"]!;
  expect(pageCsp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(pageCsp).toContain("object-src 'none'");
  expect(pageCsp).toContain("base-uri 'none'");
  expect(pageCsp).toContain("frame-ancestors 'none'");
  expect(signinPage!.headers()).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });
  expect(signinPage!.headers()["permissions-policy"]).toContain("camera=()");

  const api = await page.request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  await signIn("admin@vigie.local");
  for (const path of ["/tickets", "/tickets/new", "/risks", "/rex", "/metrics", "/dashboards", "/plan", "/runbooks", "/account", "/admin/users", "/admin/tokens", "/admin/emails", "/admin/settings", "/admin/security"]) {
    const response = await page.goto(path);
    expect(response!.headers()["content-security-policy"], path).toMatch(/'nonce-/);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("the address sign-in throttling counts is the socket's, not a forged X-Forwarded-For", async ({ page }) => {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const forged = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": forged });
    await signInWith(page, `nobody-${Date.now()}@vigie.local`, "not-a-password");
    await expect(page.getByText("Wrong email or password", { exact: false })).toBeVisible();
    const keys = (await db.query<{ key: string }>(`SELECT "key" FROM "SignInThrottle" WHERE "key" LIKE 'address:%'`)).rows.map((r) => r.key);
    expect(keys).toContain("address:127.0.0.1");
    expect(keys).not.toContain(`address:${forged}`);
  } finally {
    // The address bucket is shared by every spec of this run: give the attempt back.
    await db.query(`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = 'address:127.0.0.1'`);
    await db.end();
  }
});

test("a new user turns on two-factor sign-in, then signs in with a code; the security log shows it", async ({ page, browser, signIn, baseURL }) => {
  const email = `mfa-${Date.now()}@vigie.local`;
  await signIn("admin@vigie.local");
  await page.goto("/admin/users");
  await page.getByLabel("Name").fill("Dana Mfa");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("TECHNICIAN");
  await page.getByRole("button", { name: "Create account" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())!.trim();

  const context = await browser.newContext({ baseURL });
  const dana = await context.newPage();
  await signInWith(dana, email, password);
  await expect(dana.getByTestId("current-user")).toBeVisible();
  await dana.goto("/account");
  await dana.getByRole("button", { name: "Set up" }).click();
  const secret = (await dana.getByTestId("mfa-secret").textContent())!.trim();
  await expect(dana.getByRole("img", { name: /QR code/ })).toBeVisible();
  await dana.getByLabel("Code from the app").fill(await generate({ secret }));
  await dana.getByRole("button", { name: "Turn on" }).click();
  await expect(dana.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await dana.getByRole("link", { name: "Done" }).click();
  await dana.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(dana).toHaveURL(/\/signin/);

  await signInWith(dana, email, password);
  await expect(dana.getByLabel("Code")).toBeVisible();
  // A code works once: wait for the next one, the enrolment used this one.
  const used = await generate({ secret });
  let code = used;
  for (let i = 0; i < 40 && code === used; i++) {
    await dana.waitForTimeout(1_000);
    code = await generate({ secret });
  }
  await dana.getByLabel("Code").fill(code);
  await dana.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(dana.getByTestId("current-user")).toContainText("Dana Mfa");
  await context.close();

  await page.goto(`/admin/security?who=${encodeURIComponent(email)}`);
  const log = page.getByTestId("security-events");
  await expect(log).toContainText("Two-factor sign-in turned on");
  await expect(log).toContainText("Signed in");
  await expect(log).toContainText("Account created");
});
