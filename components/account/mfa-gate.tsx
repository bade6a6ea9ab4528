import { MfaPanel } from "./mfa-panel";
import { Notice } from "@/components/ui/notice";

/** Shown instead of any page to an admin the team requires to enrol a second factor, until they do. */
export function MfaGate() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-xl font-semibold">Set up two-factor sign-in</h1>
      <Notice tone="info">Your team requires two-factor sign-in for admins. Vigie opens again once it is set up.</Notice>
      <MfaPanel enabledAt={null} recoveryCodesLeft={0} />
    </div>
  );
}
