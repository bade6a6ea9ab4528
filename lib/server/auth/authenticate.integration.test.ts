import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUserRecord } from "@/test/factories/users";
import { testDb } from "@/test/support/db";
import { authenticate } from "./authenticate";

const address = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 4)}`;

describe("authenticate", () => {
  it("accepts the right password, case-insensitively on the email", async () => {
    const user = await createUserRecord(testDb(), { role: "ADMIN" });
    const result = await authenticate(testDb(), { email: user.email.toUpperCase(), password: user.password, address: address() });
    expect(result).toMatchObject({ id: user.id, role: "ADMIN" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastSignInAt).not.toBeNull();
  });

  it("refuses a wrong password, an unknown account and a deactivated one with the same message", async () => {
    const user = await createUserRecord(testDb());
    const inactive = await createUserRecord(testDb(), { active: false });
    const attempts = [
      { email: user.email, password: "wrong" },
      { email: `nobody-${randomUUID()}@vigie.local`, password: "whatever" },
      { email: inactive.email, password: inactive.password },
    ];
    for (const attempt of attempts) {
      await expect(authenticate(testDb(), { ...attempt, address: address() })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
        message: "Wrong email or password, or the account is deactivated.",
      });
    }
  });

  it("locks an account after five failures, even for the right password, and says for how long", async () => {
    const user = await createUserRecord(testDb());
    for (let i = 0; i < 5; i++) {
      await authenticate(testDb(), { email: user.email, password: "wrong", address: address() }, { sleep: async () => {} }).catch(() => {});
    }
    await expect(authenticate(testDb(), { email: user.email, password: user.password, address: address() })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringMatching(/blocked for 15 more minutes/),
    });
  }, 30_000);

  it("slows down repeated failures before locking", async () => {
    const user = await createUserRecord(testDb());
    const from = address();
    for (let i = 0; i < 3; i++) await authenticate(testDb(), { email: user.email, password: "wrong", address: from }).catch(() => {});
    const delays: number[] = [];
    const sleep = async (ms: number) => delays.push(ms);
    await authenticate(testDb(), { email: user.email, password: user.password, address: from }, { sleep });
    expect(delays).toEqual([1_000]);
  });

  it("counts failures from one address across accounts", async () => {
    const from = address();
    const delays: number[] = [];
    const sleep = async (ms: number) => delays.push(ms);
    for (let i = 0; i < 20; i++) {
      await authenticate(testDb(), { email: `guess-${i}-${randomUUID()}@vigie.local`, password: "x", address: from }, { sleep }).catch(() => {});
    }
    expect(delays).toEqual([1_000, 2_000, 3_000, 4_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000]);
    const user = await createUserRecord(testDb());
    await expect(authenticate(testDb(), { email: user.email, password: user.password, address: from })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  }, 60_000);
});
