import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { MfaGate } from "@/components/account/mfa-gate";
import { AppShell } from "@/components/shell/app-shell";
import { ClientMessages } from "@/components/shell/client-messages";
import { currentActor } from "@/lib/auth/guard";

// Per request: it reads the session.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  return (
    <ClientMessages section="app">
      <AppShell actor={actor}>{actor.mfaPending ? <MfaGate /> : children}</AppShell>
    </ClientMessages>
  );
}
