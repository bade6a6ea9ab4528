import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor";

const id = "0b6f7c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e";
const createdAt = new Date("2026-12-01T10:00:00.123Z");
const updatedAt = new Date("2026-12-01T11:00:00.456Z");

describe("ticket list cursors", () => {
  it.each([
    ["newest", { id, createdAt }],
    ["oldest", { id, createdAt }],
    ["priority", { id, createdAt, priority: 5 }],
    ["updated", { id, updatedAt }],
  ] as const)("round-trips the keys of %s", (sort, keys) => {
    expect(decodeCursor(encodeCursor(sort, { createdAt, ...keys }), sort)).toEqual(keys);
  });

  it.each([
    ["another sort's cursor", encodeCursor("newest", { id, createdAt }), "oldest"],
    ["not base64 JSON", "%%%", "newest"],
    ["a JSON object", Buffer.from('{"a":1}').toString("base64url"), "newest"],
    ["a bad id", Buffer.from(JSON.stringify(["newest", createdAt.toISOString(), "1; DROP"])).toString("base64url"), "newest"],
    ["a bad date", Buffer.from(JSON.stringify(["newest", "yesterday", id])).toString("base64url"), "newest"],
    ["a priority out of range", Buffer.from(JSON.stringify(["priority", 9, createdAt.toISOString(), id])).toString("base64url"), "priority"],
    ["too few keys", Buffer.from(JSON.stringify(["priority", 3, id])).toString("base64url"), "priority"],
  ] as const)("refuses %s", (_, text, sort) => {
    expect(decodeCursor(text, sort)).toBeNull();
  });
});
