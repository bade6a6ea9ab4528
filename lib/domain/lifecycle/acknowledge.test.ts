import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { steps } from "./steps";
import { decideAcknowledge } from "./acknowledge";

describe("decideAcknowledge: every role × kind × step × acknowledged or not", () => {
  const roles: Role[] = ["ADMIN", "TECHNICIAN", "OBSERVER"];
  const cases = roles.flatMap((role) =>
    (["user", "token"] as const).flatMap((kind) => steps.flatMap((step) => [false, true].map((done) => [role, kind, step, done] as const))),
  );
  it.each(cases)("%s · %s · %s · already acknowledged %s", (role, kind, step, done) => {
    const decision = decideAcknowledge({ actor: { role, kind }, step, acknowledgedAt: done ? new Date() : null, acknowledgedByName: "Alice" });
    if (kind === "token" || role === "OBSERVER") expect(decision).toMatchObject({ ok: false, code: "ROLE" });
    else if (step === "CLOSURE") expect(decision).toMatchObject({ ok: false, code: "STEP" });
    else if (done) expect(decision).toEqual({ ok: false, code: "DONE", reason: "Already acknowledged by {name}.", values: { name: "Alice" } });
    else expect(decision).toEqual({ ok: true });
  });
});
