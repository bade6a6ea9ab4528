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
}
