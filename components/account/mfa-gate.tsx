import { getTranslations } from "next-intl/server";
import { MfaPanel } from "./mfa-panel";
import { Notice } from "@/components/ui/notice";

/** Shown instead of any page to an admin the team requires to enrol a second factor, until they do. */
export async function MfaGate() {
  const t = await getTranslations("account");
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-xl font-semibold">{t("mfa.gateTitle")}</h1>
      <Notice tone="info">{t("mfa.gateNotice")}</Notice>
      <MfaPanel enabledAt={null} recoveryCodesLeft={0} />
    </div>
  );
}
