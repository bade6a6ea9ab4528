import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSmtpCatcher } from "@/test/support/smtp-catcher";
import { createPrismaClient } from "@/lib/db/client";
import { runMigrations } from "@/scripts/lib/migrate";
import { seedDemo } from "@/lib/seed/demo";
import { startAppServer } from "@/test/support/app-server";
import { startTempPostgres } from "@/scripts/lib/postgres/temp";
import { freePort } from "@/scripts/lib/net";
import { startOidcProvider, type TestOidcProvider } from "@/test/support/oidc-provider";
import { BASE, SERVICE, startSlapd, type Slapd } from "@/test/support/slapd";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

/** A throwaway PostgreSQL with the demo data, and the built app in front of it. */
export async function startTestStack() {
  const postgres = await startTempPostgres();
  let smtp: Awaited<ReturnType<typeof startSmtpCatcher>> | undefined;
  let oidc: TestOidcProvider | undefined;
  let slapd: Slapd | undefined;
  try {
    await runMigrations(postgres.url, { cwd: root, quiet: true });
    const demoPassword = `e2e-${Date.now()}-pw`;
    const db = createPrismaClient(postgres.url, 1);
    await seedDemo(db, { password: demoPassword });
    await db.$disconnect();
    const alertmanagerToken = `e2e-alertmanager-${randomBytes(12).toString("hex")}`;
    // A real SMTP server keeps every email the app sends, as JSON files the specs read.
    const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-e2e-mail-"));
    smtp = await startSmtpCatcher(0, (email) => fs.writeFileSync(path.join(mailDir, `${Date.now()}-${randomBytes(4).toString("hex")}.json`), JSON.stringify(email)));
    // The company's directory: a real OpenID Provider with three people in different groups.
    const port = await freePort();
    oidc = await startOidcProvider({
      clientId: "vigie-e2e",
      clientSecret: "vigie-e2e-secret",
      redirectUri: `http://127.0.0.1:${port}/api/auth/callback/oidc-sso`,
      users: {
        "oidc-admin": { email: "oidc-admin@directory.test", name: "Olivia Admin", groups: ["vigie-admins"] },
        "oidc-tech": { email: "oidc-tech@directory.test", name: "Theo Tech", groups: ["vigie-techs"] },
        "oidc-nobody": { email: "oidc-nobody@directory.test", name: "Nadia Nogroup", groups: ["marketing"] },
      },
    });
    // …and an LDAP directory (Debian's slapd), reached with StartTLS and a test CA.
    slapd = await startSlapd();
    const app = await startAppServer({
      root,
      databaseUrl: postgres.url,
      port,
      env: {
        ALERTMANAGER_TOKEN: alertmanagerToken, SMTP_URL: smtp.url, MAIL_FROM: "Vigie <vigie@e2e.test>",
        OIDC_PROVIDERS: "sso", OIDC_SSO_NAME: "Company SSO", OIDC_SSO_ISSUER: oidc.issuer, OIDC_SSO_CLIENT_ID: "vigie-e2e", OIDC_SSO_CLIENT_SECRET: "vigie-e2e-secret",
        OIDC_SSO_SCOPES: "openid email profile groups", OIDC_SSO_ROLE_MAP: "ADMIN:vigie-admins,TECHNICIAN:vigie-techs",
        LDAP_URL: slapd.url, LDAP_STARTTLS: "true", LDAP_CA_FILE: slapd.caFile, LDAP_BIND_DN: SERVICE.dn, LDAP_BIND_PASSWORD: SERVICE.password,
        LDAP_USER_BASE: `ou=people,${BASE}`, LDAP_ROLE_MAP: "ADMIN:vigie-admins,TECHNICIAN:vigie-techs", LDAP_NAME: "Company directory",
      },
    });
    return {
      baseURL: app.baseURL,
      databaseUrl: postgres.url,
      demoPassword,
      alertmanagerToken,
      mailDir,
      oidcAdminUrl: oidc.adminUrl,
      stop: async () => {
        await app.stop();
        await oidc?.stop();
        await slapd?.stop();
        await smtp?.close();
        await postgres.stop();
        fs.rmSync(mailDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await oidc?.stop();
    await slapd?.stop();
    await smtp?.close();
    await postgres.stop();
    throw error;
  }
}
