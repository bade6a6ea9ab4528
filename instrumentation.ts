// Runs once when a Vigie server starts: validate the configuration, then start the periodic jobs.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, authSecret } = await import("@/lib/env");
  env();
  authSecret();
  const { ldapConfig } = await import("@/lib/server/directory/ldap-config");
  ldapConfig();
  const { startBackgroundJobs } = await import("@/lib/server/jobs/background");
  startBackgroundJobs();
  // scripts/server.mjs answers the Alertmanager webhook with this before Next's router (scripts/lib/webhook-shortcut.mjs).
  const { installWebhookShortcut } = await import("@/scripts/lib/webhook-shortcut.mjs");
  const { serveWebhook } = await import("@/lib/server/alerts/serve-webhook");
  installWebhookShortcut(serveWebhook);
}
