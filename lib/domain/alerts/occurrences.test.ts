import { describe, expect, it } from "vitest";
import { rawAlert } from "@/test/fixtures/alerts";
import { hasNewFiring, planOccurrences, type StoredOccurrence } from "./occurrences";
import { alertSchema } from "./payload";

const alert = (o: Parameters<typeof rawAlert>[0]) => alertSchema.parse(rawAlert(o));
const stored = (fingerprint: string, startsAt: string, status: "FIRING" | "RESOLVED"): StoredOccurrence => ({
  id: `${fingerprint}-${startsAt}`, fingerprint, startsAt: new Date(startsAt), status, ticketId: "t1",
});

describe("planOccurrences", () => {
  const t0 = "2026-11-26T10:00:00Z";
  const t1 = "2026-11-26T11:00:00Z";
  it.each([
    ["a new firing alert", [alert({ fingerprint: "f1", startsAt: t0 })], [], { fresh: 1, resolving: 0, repeated: 0, newFiring: true }],
    ["a retry of a firing alert", [alert({ fingerprint: "f1", startsAt: t0 })], [stored("f1", t0, "FIRING")], { fresh: 0, resolving: 0, repeated: 1, newFiring: false }],
    ["its resolution", [alert({ fingerprint: "f1", startsAt: t0, status: "resolved", endsAt: t1 })], [stored("f1", t0, "FIRING")], { fresh: 0, resolving: 1, repeated: 0, newFiring: false }],
    ["a late firing copy after the resolution", [alert({ fingerprint: "f1", startsAt: t0 })], [stored("f1", t0, "RESOLVED")], { fresh: 0, resolving: 0, repeated: 1, newFiring: false }],
    ["the same alert firing again later", [alert({ fingerprint: "f1", startsAt: t1 })], [stored("f1", t0, "RESOLVED")], { fresh: 1, resolving: 0, repeated: 0, newFiring: true }],
    ["a resolution never seen firing", [alert({ fingerprint: "f2", startsAt: t0, status: "resolved", endsAt: t1 })], [], { fresh: 1, resolving: 0, repeated: 0, newFiring: false }],
    ["one occurrence twice in a payload", [alert({ fingerprint: "f1", startsAt: t0 }), alert({ fingerprint: "f1", startsAt: t0 })], [], { fresh: 1, resolving: 0, repeated: 0, newFiring: true }],
    ["a mixed payload", [alert({ fingerprint: "f1", startsAt: t0, status: "resolved", endsAt: t1 }), alert({ fingerprint: "f3", startsAt: t1 })], [stored("f1", t0, "FIRING")], { fresh: 1, resolving: 1, repeated: 0, newFiring: true }],
  ])("%s", (_name, incoming, existing, expected) => {
    const plan = planOccurrences(incoming, existing);
    expect({ fresh: plan.fresh.length, resolving: plan.resolving.length, repeated: plan.repeated.length, newFiring: hasNewFiring(plan) }).toEqual(expected);
  });
});
