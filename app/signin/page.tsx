import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DirectoryButtons } from "@/components/auth/directory-buttons";
import { DirectorySignInForm } from "@/components/auth/directory-sign-in-form";
import { ldapDisplayName, ldapEnabled } from "@/lib/server/directory/ldap-config";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { oidcButtons } from "@/lib/server/directory/oidc-providers";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentActor } from "@/lib/auth/guard";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { Logo } from "@/components/shell/logo";

// Per request: it reads the session.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

const notices = ["password-changed", "signed-out"] as const;

// Fixed messages for next-auth's error codes: text from the URL is never shown (it would let anyone put words
// on Vigie's sign-in page).
const errors = ["CredentialsSignin", "SessionRequired", "AccessDenied", "NoRole", "DirectoryRefused", "DirectoryUnavailable", "OAuthSignin", "OAuthCallback"] as const;

const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined => (list as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const errorKey = params.error ? (oneOf(errors, params.error) ?? "other") : undefined;
  const error = errorKey ? t(`errors.${errorKey}`) : undefined;
  const noticeKey = oneOf(notices, params.notice);
  const notice = noticeKey ? t(`notices.${noticeKey}`) : undefined;
  const directory = oidcButtons();
  const ldap = ldapEnabled();
  // Local sign-in can be kept for break-glass admins only (LOCAL_SIGNIN=false): their form is one link away.
  const showLocal = env().LOCAL_SIGNIN || (directory.length === 0 && !ldap) || params.local === "1";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mb-6 flex items-center justify-between gap-2">
          <span className="flex items-center gap-2">
            <Logo />
            <span className="text-lg font-semibold">Vigie</span>
          </span>
          <LocaleSwitcher />
        </div>
        <h1 className="mb-4 text-base font-medium">{t("title")}</h1>
        <div className="space-y-4">
          <DirectoryButtons providers={directory} callbackUrl={callbackUrl} />
          {ldap ? <DirectorySignInForm name={ldapDisplayName()} callbackUrl={callbackUrl} /> : null}
          {showLocal ? (
            <>
              {directory.length || ldap ? <p className="text-center text-xs text-zinc-600 dark:text-zinc-400">{t("orLocal")}</p> : null}
              <SignInForm callbackUrl={callbackUrl} initialError={error} initialNotice={notice} />
            </>
          ) : (
            <>
              {error ? <p role="status" className="text-sm text-rose-700 dark:text-rose-400">{error}</p> : null}
              <a href={`/signin?local=1&callbackUrl=${encodeURIComponent(callbackUrl)}`} className="block text-center text-xs text-zinc-600 underline dark:text-zinc-400">{t("breakGlass")}</a>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
