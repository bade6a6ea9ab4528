import type { FullConfig } from "@playwright/test";
import { startTestStack } from "./test-stack";

/** Starts PostgreSQL and the built app once for the run; the returned function stops both. */
export default async function globalSetup(_config: FullConfig) {
  const stack = await startTestStack();
  process.env.E2E_BASE_URL = stack.baseURL;
  process.env.E2E_DATABASE_URL = stack.databaseUrl;
  process.env.E2E_DEMO_PASSWORD = stack.demoPassword;
  process.env.E2E_ALERTMANAGER_TOKEN = stack.alertmanagerToken;
  process.env.E2E_MAIL_DIR = stack.mailDir;
  process.env.E2E_OIDC_ADMIN_URL = stack.oidcAdminUrl;
  return async () => {
    await stack.stop();
  };
}
