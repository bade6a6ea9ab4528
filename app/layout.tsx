import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { getLocale } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import { Providers } from "./providers";
import "./globals.css";

// Every page is rendered per request: its scripts carry the request's CSP nonce (proxy.ts), the 404 page too.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Vigie", template: "%s · Vigie" },
  description: "Incident management for teams that run Prometheus.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={await getLocale()} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans text-sm">
        {/* Client Components get the request's language and time zone from here, and their section's messages
            from the section's layout (lib/i18n/client-areas.ts). */}
        <ClientMessages section="root">
          <Providers>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
