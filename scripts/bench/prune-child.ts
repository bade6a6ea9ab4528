// Run as its own process (`tsx --conditions=react-server`, so that the server layer's `server-only` guard
// allows it), like another Vigie instance whose background job prunes: the real pruneDeliveryBodies.
// Prints one JSON line: rows pruned, batches, seconds.
import { pruneDeliveryBodies } from "@/lib/server/retention/prune-delivery-bodies";

const started = performance.now();
const result = await pruneDeliveryBodies({ budgetMs: Number(process.env.PRUNE_BUDGET_MS ?? 300_000) });
console.log(JSON.stringify({ ...result, seconds: (performance.now() - started) / 1000 }));
process.exit(0);
