"use client";

/** A password shown once: Vigie keeps only its hash. */
export function OneTimePassword({ password }: { password: string }) {
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
      Password, shown once — hand it over now:{" "}
      <code data-testid="one-time-password" className="select-all rounded bg-white px-1 font-mono text-sm dark:bg-zinc-900">
        {password}
      </code>
    </div>
  );
}
