"use client";

import { signOut } from "next-auth/react";
import { useEffect } from "react";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format";

type Session = { id: string; createdAt: Date; lastSeenAt: Date; address: string; userAgent: string };

function LeaveAfter() {
  // This session ended with the others: go to the sign-in page.
  useEffect(() => void signOut({ callbackUrl: "/signin?notice=signed-out" }), []);
  return null;
}

/** The person's open sessions, and "sign out everywhere" for a lost laptop or a shared screen. */
export function SessionsPanel({ sessions }: { sessions: Session[] }) {
  return (
    <section aria-labelledby="sessions" className="max-w-xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="sessions" className="font-medium">Where I am signed in</h2>
      <ul className="space-y-1 text-sm" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.id}>
            <span className="font-medium">{s.address || "unknown address"}</span>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">since {formatDateTime(s.createdAt)}, last seen {formatDateTime(s.lastSeenAt)} · {s.userAgent.slice(0, 80) || "unknown browser"}</span>
          </li>
        ))}
      </ul>
      <ActionForm action={signOutEverywhereAction}>
        {({ pending, state }) => (
          <>
            <Button type="submit" variant="secondary" disabled={pending}>Sign out everywhere</Button>
            {state?.ok ? <LeaveAfter /> : null}
          </>
        )}
      </ActionForm>
    </section>
  );
}
