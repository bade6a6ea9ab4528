import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/guard";
import { navItemsFor } from "@/components/shell/nav-items";

/** The home is the first section the person's role opens. */
export default async function HomePage() {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  redirect(navItemsFor(actor.role)[0]?.href ?? "/account");
}
