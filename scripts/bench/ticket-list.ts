// The ticket list API at 1,000,000 tickets: every filter of the triage list, a text search with and without
// matches, a deep page; each against /api/health measured just before, in the same run (the floor).
import type pg from "pg";
import { generateApiToken } from "@/lib/auth/api-token";
import { ms, timeGets } from "./stats";
import type { Mix } from "./seed";

const REQUESTS = Number(process.env.VIGIE_BENCH_REQUESTS ?? 40);
const DEPTH = 50_000; // the 2,000th page of 25

const queries: [string, string][] = [
  ["first page, no filter (open tickets: the default view)", ""],
  ["?ack=no (the on-call view)", "ack=no"],
  ["?scope=all", "scope=all"],
  ["?step=TREATMENT", "step=TREATMENT"],
  ["?step=CLOSURE", "step=CLOSURE"],
  ["?signal=FIRING", "signal=FIRING"],
  ["?text=postgres (matches)", "text=postgres"],
  ["?scope=all&text=postgres (matches)", "scope=all&text=postgres"],
  ["?text=zzzznotfound (no match)", "text=zzzznotfound"],
  ["?scope=all&text=zzzznotfound (no match)", "scope=all&text=zzzznotfound"],
  ["?assignee=none&priority=5&sort=priority", "assignee=none&priority=5&sort=priority"],
  ["?sort=updated", "sort=updated"],
  ["?scope=all&page=2000 (OFFSET)", "scope=all&page=2000"],
];

export async function apiToken(client: pg.Client, adminId: string): Promise<string> {
  const { token, prefix, hash } = generateApiToken();
  await client.query(`INSERT INTO "ApiToken" ("id","name","purpose","role","tokenHash","prefix","createdById") VALUES (gen_random_uuid(), 'bench ' || $2, 'API', 'OBSERVER', $1, $2, $3)`, [hash, prefix, adminId]);
  return token;
}

/** The cursor the API hands out after the DEPTH-th ticket of `scope=all`, newest first, if it hands out cursors. */
async function deepCursor(baseURL: string, headers: Record<string, string>, client: pg.Client): Promise<string | null> {
  const first = (await (await fetch(`${baseURL}/api/tickets?scope=all`, { headers })).json()) as { nextCursor?: string | null };
  if (first.nextCursor === undefined) return null;
  const { rows: [row] } = await client.query(`SELECT "createdAt", "id" FROM "Ticket" ORDER BY "createdAt" DESC, "id" DESC OFFSET ${DEPTH - 1} LIMIT 1`);
  const { encodeCursor } = await import("@/lib/domain/tickets/cursor");
  return encodeCursor("newest", { createdAt: row.createdAt, id: row.id });
}

export async function benchTicketList({ client, baseURL, token, mix }: { client: pg.Client; baseURL: string; token: string; mix: Mix }) {
  const headers = { authorization: `Bearer ${token}` };
  const rows: string[][] = [];
  let worst = 0;
  let floorWorst = 0;
  const cursor = await deepCursor(baseURL, headers, client).catch(() => null);
  const all: [string, string][] = [...queries, ...(cursor ? [[`?scope=all&cursor=… (keyset, depth ${DEPTH})`, `scope=all&cursor=${encodeURIComponent(cursor)}`] as [string, string]] : [])];
  for (const [name, query] of all) {
    // The floor is measured next to each query, so a slower moment of the shared machine shows on both.
    const floor = await timeGets(`${baseURL}/api/health`, { requests: REQUESTS });
    const list = await timeGets(`${baseURL}/api/tickets?${query}`, { headers, requests: REQUESTS });
    const body = JSON.parse(list.body) as { total: number; capped?: boolean; counts: Record<string, number>; items: unknown[] };
    const ratio = list.p95 / floor.p95;
    worst = Math.max(worst, ratio);
    floorWorst = Math.max(floorWorst, floor.p95);
    rows.push([name, ms(list.p50), ms(list.p95), ms(floor.p95), `${ratio.toFixed(1)}×`, `${body.total}${body.capped ? "+" : ""}`, String(body.items.length)]);
  }
  console.log(`\nTicket list, ${mix} mix, ${REQUESTS} requests per line (p95 target ≤ 10× /api/health's p95 measured just before it)${cursor ? "" : "; this build hands out no cursor"}:`);
  console.log("| request | p50 ms | p95 ms | health p95 ms | ratio | total | items |");
  console.log("|---|---|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(`  worst ratio ${worst.toFixed(1)}× (target ≤ 10×)`);
  const counts = JSON.parse((await timeGets(`${baseURL}/api/tickets?scope=all`, { headers, requests: 1, warmup: 0 })).body).counts;
  console.log(`  counts per step (scope=all): ${JSON.stringify(counts)}`);
  return worst;
}
