"use client";

import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/** One button per OpenID Connect provider: the company's directory signs the person in. */
export function DirectoryButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  const t = useTranslations("auth");
  const [pending, setPending] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2" data-testid="directory-sign-in">
      {providers.map((p) => (
        <Button
          key={p.id}
          type="button"
          variant="secondary"
          className="w-full"
          disabled={pending !== null}
          onClick={() => {
            setPending(p.id);
            void signIn(p.id, { callbackUrl });
          }}
        >
          {pending === p.id ? t("redirecting") : t("signInWith", { name: p.name })}
        </Button>
      ))}
    </div>
  );
}
