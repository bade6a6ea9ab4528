import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { checkSession } from "./check-session";
import { endSession } from "./end-session";
import { startSession } from "./start-session";

const minutes = (n: number) => n * 60_000;

afterEach(() => {
  delete process.env.SESSION_IDLE_TIMEOUT;
  delete process.env.SESSION_MAX_AGE;
  resetEnv();
});

describe("server-side sessions", () => {
  it("ends at sign-out: the same session id is refused afterwards", async () => {
    const user = await actorWithRole("TECHNICIAN");
    const id = await startSession(testDb(), { userId: user.id, address: "127.0.0.1", userAgent: "test" });
    expect(await checkSession(testDb(), id)).toBe(true);
    expect(await endSession(testDb(), id, "signed out")).toBe(true);
    expect(await checkSession(testDb(), id)).toBe(false);
  });

  it("ends after the idle timeout, and at its absolute lifetime however active", async () => {
    process.env.SESSION_IDLE_TIMEOUT = "30m";
    process.env.SESSION_MAX_AGE = "2h";
    resetEnv();
    const user = await actorWithRole("OBSERVER");
    const start = new Date();
    const idle = await startSession(testDb(), { userId: user.id, address: "127.0.0.1", userAgent: "test", now: start });
    expect(await checkSession(testDb(), idle, new Date(start.getTime() + minutes(29)))).toBe(true);
    expect(await checkSession(testDb(), idle, new Date(start.getTime() + minutes(29) + minutes(31)))).toBe(false);

    const busy = await startSession(testDb(), { userId: user.id, address: "127.0.0.1", userAgent: "test", now: start });
    for (let m = 20; m < 120; m += 20) expect(await checkSession(testDb(), busy, new Date(start.getTime() + minutes(m)))).toBe(true);
    expect(await checkSession(testDb(), busy, new Date(start.getTime() + minutes(121)))).toBe(false);
    const reasons = await testDb().session.findMany({ where: { id: { in: [idle, busy] } }, select: { endReason: true } });
    expect(reasons.map((r) => r.endReason).sort()).toEqual(["expired", "idle"]);
    expect(await testDb().securityEvent.count({ where: { type: "session.expired", actorId: user.id } })).toBe(2);
  });

  it("signs out everywhere, and a role change ends every session too", async () => {
    const user = await actorWithRole("TECHNICIAN");
    const admin = await actorWithRole("ADMIN");
    const a = await startSession(testDb(), { userId: user.id, address: "10.0.0.1", userAgent: "laptop" });
    const b = await startSession(testDb(), { userId: user.id, address: "10.0.0.2", userAgent: "phone" });
    expect(await signOutEverywhere({ actor: user })).toBe(2);
    expect(await checkSession(testDb(), a)).toBe(false);
    expect(await checkSession(testDb(), b)).toBe(false);

    const c = await startSession(testDb(), { userId: user.id, address: "10.0.0.1", userAgent: "laptop" });
    await changeUserRole({ actor: admin, userId: user.id, role: "OBSERVER" });
    expect(await checkSession(testDb(), c)).toBe(false);
    expect(await testDb().securityEvent.findFirst({ where: { type: "user.role_changed", subject: user.email } })).toMatchObject({ actorId: admin.id, data: { from: "TECHNICIAN", to: "OBSERVER" } });
  });
});

describe("the security audit log", () => {
  it("cannot be edited or deleted", async () => {
    const row = await testDb().securityEvent.create({ data: { type: "signin.failed", subject: "x@vigie.test" } });
    await expect(testDb().securityEvent.update({ where: { id: row.id }, data: { subject: "y" } })).rejects.toThrow(/append-only/);
    await expect(testDb().securityEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
  });
});
