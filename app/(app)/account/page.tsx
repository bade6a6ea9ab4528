import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MfaPanel } from "@/components/account/mfa-panel";
import { NotificationsPanel } from "@/components/account/notifications-panel";
import { SessionsPanel } from "@/components/account/sessions-panel";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requireActor } from "@/lib/auth/guard";
import { getAccount } from "@/lib/server/account/get-account";
import { getNotificationModes } from "@/lib/server/account/get-notification-modes";
import { getDigestWindow } from "@/lib/server/notifications/get-digest-window";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const [account, modes, digestWindowMinutes, t, shell] = await Promise.all([getAccount({ actor }), getNotificationModes({ actor }), getDigestWindow({ actor }), getTranslations("account"), getTranslations("shell")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { name: actor.name, email: actor.email, role: shell(`roles.${actor.role}`) })} />
      <div className="space-y-6">
        <MfaPanel enabledAt={account.mfaEnabledAt} recoveryCodesLeft={account.recoveryCodesLeft} />
        <SessionsPanel sessions={account.sessions} />
        <NotificationsPanel modes={modes} digestWindowMinutes={digestWindowMinutes} />
        <ChangePasswordForm />
      </div>
    </>
  );
}
