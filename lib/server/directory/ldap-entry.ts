import type { Entry } from "ldapts";

// Reading what an LDAP server returns, and writing filters with untrusted values. Pure.

/** RFC 4515 3: a value inside a filter has `*`, `(`, `)`, `\` and NUL written as \XX. */
export function escapeFilterValue(value: string): string {
  return value.replace(/[*()\\\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** A configured filter with its placeholders replaced by escaped values: `(uid={username})`, `(member={dn})`. */
export function fillFilter(template: string, values: { username: string; dn?: string }): string {
  return template.replace(/\{(username|dn)\}/g, (_, key: "username" | "dn") => escapeFilterValue(values[key] ?? ""));
}

/** An attribute's values as strings, its name compared without case (servers return their own spelling). */
export function attributeValues(entry: Entry, name: string): string[] {
  const key = Object.keys(entry).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : entry[key];
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return list.map((v) => (Buffer.isBuffer(v) ? v.toString("utf8") : v)).filter((v) => v !== "");
}

/** Active Directory's objectGUID bytes as the usual GUID text (the first three fields are little-endian). */
export function guidText(bytes: Buffer): string {
  const hex = (indexes: number[]) => indexes.map((i) => bytes[i]!.toString(16).padStart(2, "0")).join("");
  return [hex([3, 2, 1, 0]), hex([5, 4]), hex([7, 6]), hex([8, 9]), hex([10, 11, 12, 13, 14, 15])].join("-");
}

/**
 * The entry's stable id: OpenLDAP's entryUUID, Active Directory's objectGUID, else the DN (which changes when
 * the entry is renamed or moved; the account would then be a new one).
 */
export function stableId(entry: Entry): string {
  const uuid = attributeValues(entry, "entryUUID")[0];
  if (uuid) return uuid.toLowerCase();
  const key = Object.keys(entry).find((k) => k.toLowerCase() === "objectguid");
  const guid = key === undefined ? undefined : entry[key];
  const bytes = Array.isArray(guid) ? guid[0] : guid;
  if (Buffer.isBuffer(bytes) && bytes.length === 16) return guidText(bytes);
  return entry.dn;
}
