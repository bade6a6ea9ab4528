import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentActor } from "@/lib/auth/guard";
import { Logo } from "@/components/shell/logo";

// Per request: it reads the session.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

const notices: Record<string, string> = {
  "password-changed": "Your password was changed. Sign in with the new one.",
  "signed-out": "You are signed out.",
};

/** Only same-site paths: an open redirect through callbackUrl would help phishing. */
function safeCallback(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentActor()) redirect(callbackUrl);
  const error = params.error && params.error !== "CredentialsSignin" && params.error.length < 200 ? params.error : params.error ? "Wrong email or password." : undefined;
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mb-6 flex items-center gap-2">
          <Logo />
          <span className="text-lg font-semibold">Vigie</span>
        </div>
        <h1 className="mb-4 text-base font-medium">Sign in</h1>
        <SignInForm callbackUrl={callbackUrl} initialError={error} initialNotice={params.notice ? notices[params.notice] : undefined} />
      </div>
    </main>
  );
}
