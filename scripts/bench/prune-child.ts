// Run as its own process (`tsx --conditions=react-server`, so that the server layer's `server-only` guard
// allows it), like another Vigie instance whose background job runs: the real pruneDeliveryBodies, or with
// RETENTION_JOB=tickets the real deleteClosedTickets. Prints one JSON line: rows removed, batches, seconds.
import { deleteClosedTickets } from "@/lib/server/retention/delete-closed-tickets";
import { pruneDeliveryBodies } from "@/lib/server/retention/prune-delivery-bodies";

const started = performance.now();
const budgetMs = Number(process.env.PRUNE_BUDGET_MS ?? 300_000);
const result = process.env.RETENTION_JOB === "tickets"
  ? await deleteClosedTickets({ budgetMs }).then((r) => ({ ...r, removed: r.deleted }))
  : await pruneDeliveryBodies({ budgetMs }).then((r) => ({ ...r, removed: r.pruned }));
console.log(JSON.stringify({ ...result, seconds: (performance.now() - started) / 1000 }));
process.exit(0);
