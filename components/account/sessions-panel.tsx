"use client";

import { signOut } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect } from "react";
import { signOutEverywhereAction } from "@/lib/actions/account";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";

type Session = { id: string; createdAt: Date; lastSeenAt: Date; address: string; userAgent: string };

function LeaveAfter() {
  // This session ended with the others: go to the sign-in page.
  useEffect(() => void signOut({ callbackUrl: "/signin?notice=signed-out" }), []);
  return null;
}

/** The person's open sessions, and "sign out everywhere" for a lost laptop or a shared screen. */
export function SessionsPanel({ sessions }: { sessions: Session[] }) {
  const t = useTranslations("account");
  const format = useFormatter();
  const when = (date: Date) => format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="sessions" className="max-w-xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="sessions" className="font-medium">{t("sessions.title")}</h2>
      <ul className="space-y-1 text-sm" data-testid="sessions">
        {sessions.map((s) => (
          <li key={s.id}>
            <span className="font-medium">{s.address || t("sessions.unknownAddress")}</span>{" "}
            <span className="text-zinc-600 dark:text-zinc-400">{t("sessions.seen", { createdAt: when(s.createdAt), lastSeenAt: when(s.lastSeenAt), browser: s.userAgent.slice(0, 80) || t("sessions.unknownBrowser") })}</span>
          </li>
        ))}
      </ul>
      <ActionForm action={signOutEverywhereAction}>
        {({ pending, state }) => (
          <>
            <Button type="submit" variant="secondary" disabled={pending}>{t("sessions.signOutEverywhere")}</Button>
            {state?.ok ? <LeaveAfter /> : null}
          </>
        )}
      </ActionForm>
    </section>
  );
}
