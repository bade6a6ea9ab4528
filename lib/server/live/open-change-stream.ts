import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { changeFeed, type Change } from "./change-feed";

/**
 * The live stream's use case: which tickets change, for whoever may read tickets (everyone signed in,
 * observers included, as the list and ticket pages). Null when this instance's streams are all taken.
 */
export async function openChangeStream({ actor, onChange }: { actor: Actor; onChange: (change: Change) => void }): Promise<(() => void) | null> {
  assertCan(actor, "read");
  return changeFeed().subscribe(onChange);
}
