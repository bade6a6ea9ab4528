import type { ReactNode } from "react";
import { ClientMessages } from "@/components/shell/client-messages";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ClientMessages section="signin">{children}</ClientMessages>;
}
