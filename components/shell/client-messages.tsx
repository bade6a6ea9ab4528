import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientSection } from "@/lib/i18n/client-areas";
import type { Messages } from "@/messages";

/** Gives the Client Components below the messages of their section only (lib/i18n/client-areas.ts). */
export async function ClientMessages({ section, children }: { section: ClientSection; children: ReactNode }) {
  const all = (await getMessages()) as Messages;
  return <NextIntlClientProvider messages={clientMessages(all, section)}>{children}</NextIntlClientProvider>;
}
