import { randomBytes } from "node:crypto";

/**
 * UUIDs version 7 (RFC 9562): 48 bits of Unix milliseconds first, then 74 random bits. Rows inserted together get
 * neighbouring ids, so a storm's inserts land in the last pages of the primary key's B-tree instead of one random
 * page per row (the cost that grew with the table: a page each to read, dirty and log in full after a checkpoint).
 */
export function uuid7s(count: number, ms = Date.now(), random: Uint8Array = randomBytes(count * 10)): string[] {
  const ids: string[] = [];
  const bytes = Buffer.alloc(16);
  for (let i = 0; i < count; i++) {
    bytes.writeUIntBE(ms, 0, 6);
    const r = random.subarray(i * 10, i * 10 + 10);
    bytes[6] = 0x70 | (r[0]! & 0x0f);
    bytes[7] = r[1]!;
    bytes[8] = 0x80 | (r[2]! & 0x3f);
    bytes.set(r.subarray(3, 10), 9);
    const hex = bytes.toString("hex");
    ids.push(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
  }
  return ids;
}
