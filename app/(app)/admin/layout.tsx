import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { Forbidden } from "@/components/shell/forbidden";
import { currentActor } from "@/lib/auth/guard";
import { can } from "@/lib/domain/permissions";

/** Admin pages; the use cases behind them check the permission again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  if (!can(actor, "administer")) return <Forbidden role={actor.role} permission="administer" />;
  return children;
}
