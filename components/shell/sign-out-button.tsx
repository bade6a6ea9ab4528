"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="ghost" onClick={() => signOut({ callbackUrl: "/signin?notice=signed-out" })}>
      {t("signOut")}
    </Button>
  );
}
