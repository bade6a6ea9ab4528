import { describe, expect, it } from "vitest";
import { uuid7s } from "./uuid7";

const at = Date.UTC(2026, 11, 2, 3, 0, 0, 123);

describe("uuid7s", () => {
  it.each([
    ["zero random bytes", new Uint8Array(10), "01a234b1-d7fb-7000-8000-000000000000"],
    ["all-ones random bytes", new Uint8Array(10).fill(0xff), "01a234b1-d7fb-7fff-bfff-ffffffffffff"],
  ])("lays out the time, version and variant: %s", (_, random, id) => {
    expect(uuid7s(1, at, random)).toEqual([id]);
  });

  it("starts with the milliseconds, so ids from later instants sort after", () => {
    const [first] = uuid7s(1, at);
    const [later] = uuid7s(1, at + 1);
    expect(first! < later!).toBe(true);
    expect(Number.parseInt(first!.replaceAll("-", "").slice(0, 12), 16)).toBe(at);
  });

  it("gives distinct ids of the UUID form PostgreSQL reads", () => {
    const ids = uuid7s(1_000, at);
    expect(new Set(ids).size).toBe(1_000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
