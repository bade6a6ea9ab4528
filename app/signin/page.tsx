import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
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
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const error = params.error ? (Object.hasOwn(errors, params.error) ? errors[params.error] : "Signing in failed. Try again.") : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mb-6 flex items-center gap-2">
          <Logo />
          <span className="text-lg font-semibold">Vigie</span>
        </div>
        <h1 className="mb-4 text-base font-medium">Sign in</h1>
        <SignInForm callbackUrl={callbackUrl} initialError={error} initialNotice={params.notice && Object.hasOwn(notices, params.notice) ? notices[params.notice] : undefined} />
      </div>
    </main>
  );
}
