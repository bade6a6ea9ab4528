import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { Forbidden } from "@/components/shell/forbidden";
import { currentActor } from "@/lib/auth/guard";

/** Admin pages; the use cases behind them check the role again. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  if (actor.role !== "ADMIN") return <Forbidden role={actor.role} needed="admins" />;
  return children;
}
