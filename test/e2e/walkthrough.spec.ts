import pg from "pg";
import type { BrowserContextOptions, Page } from "@playwright/test";
import { messages } from "./support/messages";
import { expect, test } from "./support/fixtures";
import { cutChoices, overflow, violations } from "./support/page-checks";

// Issue 14: the seven steps walked through once in English and once in French, at desktop and phone sizes,
// axe-core on every page on the way (light on the desktop, dark on the phone) and nothing wider than the screen.
// The words come from the message files the pages use, so each run proves the page speaks its language.
test.setTimeout(300_000);

const sizes = { desktop: { width: 1440, height: 900, scheme: "light" }, phone: { width: 390, height: 844, scheme: "dark" } } as const;
const languages = { en: "en-US", fr: "fr-FR" } as const;

test.beforeAll(async () => {
  // One other admin's approval validates (the default policy): an earlier spec may have chosen the majority.
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  await db.query(`DELETE FROM "Setting" WHERE "key" = 'quorumPolicy'`).finally(() => db.end());
});

type Check = (where: string) => Promise<void>;

async function person(ownPage: (options?: BrowserContextOptions) => Promise<Page>, email: string, language: keyof typeof languages, size: keyof typeof sizes): Promise<{ page: Page; check: Check; found: string[] }> {
  const { width, height, scheme } = sizes[size];
  const page = await ownPage({ locale: languages[language], viewport: { width, height }, colorScheme: scheme });
  const { auth, shell } = messages[language];
  await page.goto("/signin");
  await page.getByLabel(auth.email, { exact: true }).fill(email);
  await page.getByLabel(auth.password, { exact: true }).fill(process.env.E2E_DEMO_PASSWORD!);
  await page.getByRole("button", { name: auth.submit, exact: true }).click();
  // Signed in: the sidebar names the person on a desktop; a phone shows the menu button instead.
  await expect(size === "phone" ? page.getByRole("button", { name: shell.menu, exact: true }) : page.getByTestId("current-user")).toBeVisible();
  const found: string[] = [];
  const check: Check = async (where) => {
    await page.waitForLoadState("networkidle");
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    found.push(...(await violations(page)).map((v) => `${where}: ${v}`));
    const wider = await overflow(page);
    if (wider) found.push(`${where}: ${wider}`);
    found.push(...(await cutChoices(page)).map((c) => `${where}: choice cut: ${c}`));
  };
  return { page, check, found };
}

for (const language of ["en", "fr"] as const) {
  for (const size of ["desktop", "phone"] as const) {
    test(`the seven steps in ${language === "en" ? "English" : "French"} on a ${size}`, async ({ ownPage }) => {
      const m = messages[language];
      const steps = m.lifecycle.steps;
      const admin = await person(ownPage, "admin@vigie.local", language, size);
      const tech = await person(ownPage, "tech@vigie.local", language, size);
      const title = `${language === "en" ? "Vote page down" : "Page de vote indisponible"} ${size} ${Date.now()}`;
      const actions = (page: Page) => page.getByTestId("ticket-actions");
      const state = (page: Page, text: string) => expect(page.getByText(text, { exact: true }).first()).toBeVisible({ timeout: 30_000 });

      // 1. Enregistrement: the technician reports it.
      await tech.page.goto("/tickets/new");
      await tech.check("/tickets/new");
      await tech.page.getByLabel(m.tickets.report.title).fill(title);
      await tech.page.getByLabel(m.tickets.report.details, { exact: true }).fill(language === "en" ? "The vote page answers 502." : "La page de vote répond 502.");
      await tech.page.getByRole("button", { name: m.tickets.report.submit }).click();
      await expect(tech.page.getByRole("heading", { level: 1 })).toHaveText(title);
      const url = new URL(tech.page.url()).pathname;
      await expect(tech.page.getByTestId("step-progress")).toContainText(steps.REGISTRATION.label);
      await tech.check("registration");

      // 2. Classification, and the person who will treat it: the admin.
      await admin.page.goto(url);
      await expect(admin.page.getByTestId("next-action")).toHaveText(m.tickets.next.REGISTRATION);
      await admin.check("registration (admin)");
      await actions(admin.page).getByLabel(m.tickets.actions.impact).selectOption("4");
      await actions(admin.page).getByLabel(m.tickets.actions.urgency).selectOption("4");
      await actions(admin.page).getByLabel(m.tickets.actions.category).selectOption("SERVICE");
      await actions(admin.page).getByRole("button", { name: m.lifecycle.transitions.classify.label }).click();
      await state(admin.page, steps.CLASSIFICATION.state);
      await admin.check("classification");
      await actions(admin.page).getByLabel(m.tickets.actions.treatedBy).selectOption({ label: `Thomas Petit (${language === "en" ? "technician" : "technicien"})` });
      await actions(admin.page).getByRole("button", { name: m.lifecycle.transitions.assign.label }).click();
      await state(admin.page, steps.TREATMENT.state);

      // 3–4. Traitement, then the solution and the request for validation.
      await tech.page.goto(url);
      await tech.check("treatment");
      await actions(tech.page).getByLabel(m.tickets.actions.solution).fill(language === "en" ? "Restarted the containers in order." : "Conteneurs redémarrés dans l’ordre.");
      await actions(tech.page).getByRole("button", { name: m.lifecycle.transitions.recordSolution.label }).click();
      await state(tech.page, steps.SOLUTION.state);
      await tech.check("solution");
      await actions(tech.page).getByRole("button", { name: m.lifecycle.transitions.requestValidation.label }).click();
      await state(tech.page, steps.VALIDATION.state);
      await expect(tech.page.getByTestId("validation-tally")).toBeVisible();
      await tech.check("validation (solver)");

      // 5. Validation by another admin.
      await admin.page.goto(url);
      await admin.check("validation (admin)");
      await actions(admin.page).getByRole("button", { name: m.lifecycle.transitions.approve.label }).click();
      await state(admin.page, steps.REMEDIATION.state);

      // 6. Remédiation: one measure, done.
      await admin.check("remediation");
      await admin.page.getByLabel(m.lifecycle.measures.new).fill(language === "en" ? "Write the restart procedure" : "Écrire la procédure de redémarrage");
      await admin.page.getByLabel(m.lifecycle.measures.owner).selectOption({ label: "Alice Martin" });
      await admin.page.getByRole("button", { name: m.lifecycle.measures.add, exact: true }).click();
      await expect(admin.page.getByTestId("measures")).toContainText(language === "en" ? "Write the restart procedure" : "Écrire la procédure de redémarrage");
      const measure = language === "en" ? "Write the restart procedure" : "Écrire la procédure de redémarrage";
      await admin.page.getByLabel(m.lifecycle.measures.stateOf.replace("{title}", measure)).selectOption("DONE");
      await admin.page.getByRole("button", { name: m.lifecycle.measures.update }).click();
      await expect(admin.page.getByTestId("measures")).toContainText(m.lifecycle.measures.state.DONE);
      await admin.check("remediation, measure done");

      // 7. Clôture, and the REX as the main action.
      await actions(admin.page).getByLabel(m.tickets.actions.closingNote).fill(language === "en" ? "Solved." : "Résolu.");
      await actions(admin.page).getByRole("button", { name: m.lifecycle.transitions.close.label }).click();
      await state(admin.page, steps.CLOSURE.state);
      await admin.check("closure");
      await actions(admin.page).getByRole("button", { name: m.rex.writeButton.write }).click();
      await expect(admin.page).toHaveURL(/\/rex\//);
      await admin.check("REX");

      await admin.page.goto("/tickets");
      await admin.check("/tickets");
      expect([...tech.found, ...admin.found]).toEqual([]);
    });
  }
}
