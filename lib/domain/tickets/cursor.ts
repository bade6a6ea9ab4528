// Keyset pagination of the ticket list: a cursor carries the sort keys of the last ticket of a page, so the
// next page starts right after it by index, at any depth, and a ticket added meanwhile shifts nothing.
// Opaque to clients (base64url JSON); bound to its sort, so a cursor of one order is refused by another.
export type CursorSort = "newest" | "oldest" | "priority" | "updated";
export type CursorKeys = { id: string; createdAt: Date; updatedAt?: Date; priority?: number };

/** The columns each order sorts on, last the id (unique: no two tickets share a position). */
export const cursorColumns: Record<CursorSort, ("priority" | "createdAt" | "updatedAt" | "id")[]> = {
  newest: ["createdAt", "id"],
  oldest: ["createdAt", "id"],
  priority: ["priority", "createdAt", "id"],
  updated: ["updatedAt", "id"],
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(sort: CursorSort, keys: CursorKeys): string {
  const values = cursorColumns[sort].map((column) => {
    const value = keys[column];
    if (value === undefined) throw new Error(`a ${sort} cursor needs ${column}`);
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify([sort, ...values])).toString("base64url");
}

export type DecodedCursor = { id: string; createdAt?: Date; updatedAt?: Date; priority?: number };

/** The keys of a cursor for this sort, or null when it is not one (tampered, truncated, another sort's). */
export function decodeCursor(text: string, sort: CursorSort): DecodedCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const columns = cursorColumns[sort];
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== columns.length + 1) return null;
  const out: Record<string, unknown> = {};
  for (const [i, column] of columns.entries()) {
    const value: unknown = parsed[i + 1];
    if (column === "id") {
      if (typeof value !== "string" || !uuid.test(value)) return null;
      out.id = value;
    } else if (column === "priority") {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 6) return null;
      out.priority = value;
    } else {
      const date = typeof value === "string" ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) return null;
      out[column] = date;
    }
  }
  return out as DecodedCursor;
}
