import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DirectoryButtons } from "@/components/auth/directory-buttons";
import { DirectorySignInForm } from "@/components/auth/directory-sign-in-form";
import { ldapDisplayName, ldapEnabled } from "@/lib/server/directory/ldap-config";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/env";
import { oidcButtons } from "@/lib/server/directory/oidc-providers";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentActor } from "@/lib/auth/guard";
import { Logo } from "@/components/shell/logo";

// Per request: it reads the session.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  "password-changed": "Your password was changed. Sign in with the new one.",
  "signed-out": "You are signed out.",
};

// Fixed messages for next-auth's error codes: text from the URL is never shown (it would let anyone put words
// on Vigie's sign-in page).
const errors: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  SessionRequired: "Sign in to continue.",
  AccessDenied: "This account may not sign in.",
  NoRole: "Your directory account is in no group that Vigie knows: ask an admin to add you to one.",
  DirectoryRefused: "The directory signed you in, but Vigie refused the account (deactivated, or its email belongs to another account): ask an admin.",
  DirectoryUnavailable: "Signing in through the directory failed on Vigie's side. Try again in a minute.",
  OAuthSignin: "The directory could not be reached. Try again in a minute.",
  OAuthCallback: "The directory's answer could not be checked. Try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const error = params.error ? (Object.hasOwn(errors, params.error) ? errors[params.error] : "Signing in failed. Try again.") : undefined;
  const notice = params.notice && Object.hasOwn(notices, params.notice) ? notices[params.notice] : undefined;
  const directory = oidcButtons();
  const ldap = ldapEnabled();
  // Local sign-in can be kept for break-glass admins only (LOCAL_SIGNIN=false): their form is one link away.
  const showLocal = env().LOCAL_SIGNIN || (directory.length === 0 && !ldap) || params.local === "1";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mb-6 flex items-center gap-2">
          <Logo />
          <span className="text-lg font-semibold">Vigie</span>
        </div>
        <h1 className="mb-4 text-base font-medium">Sign in</h1>
        <div className="space-y-4">
          <DirectoryButtons providers={directory} callbackUrl={callbackUrl} />
          {ldap ? <DirectorySignInForm name={ldapDisplayName()} callbackUrl={callbackUrl} /> : null}
          {showLocal ? (
            <>
              {directory.length || ldap ? <p className="text-center text-xs text-zinc-600 dark:text-zinc-400">or with a Vigie account</p> : null}
              <SignInForm callbackUrl={callbackUrl} initialError={error} initialNotice={notice} />
            </>
          ) : (
            <>
              {error ? <p role="status" className="text-sm text-rose-700 dark:text-rose-400">{error}</p> : null}
              <a href={`/signin?local=1&callbackUrl=${encodeURIComponent(callbackUrl)}`} className="block text-center text-xs text-zinc-600 underline dark:text-zinc-400">Break-glass sign-in with a Vigie account</a>
            </>
          )}
        </div>
      </div>
    </main>
  );
}
