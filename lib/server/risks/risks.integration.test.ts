import { beforeAll, describe, expect, it } from "vitest";
import { keynoteRisks } from "@/lib/seed/keynote-risks";
import { seedRisks } from "@/lib/seed/risks";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";
import type { Actor } from "@/lib/auth/actor";
import { getRisk } from "./get-risk";
import { linkRisk } from "./link-risk";
import { listRisks } from "./list-risks";
import { createRisk } from "./create-risk";
import { updateRisk } from "./update-risk";

let admin: Actor;
let tech: Actor;

beforeAll(async () => {
  admin = await actorWithRole("ADMIN");
  tech = await actorWithRole("TECHNICIAN");
});

describe("the risk register", () => {
  it("holds the keynote's R1–R6 exactly, R6 untreated, all critical", async () => {
    const risks = await listRisks({ actor: tech });
    const seeded = risks.filter((r) => /^R[1-6]$/.test(r.code));
    expect(seeded.map((r) => r.code)).toEqual(["R1", "R2", "R3", "R4", "R5", "R6"]);
    for (const expected of keynoteRisks) {
      expect(seeded.find((r) => r.code === expected.code)).toMatchObject({ ...expected, criticality: "CRITICAL" });
    }
    expect(seeded.find((r) => r.code === "R6")).toMatchObject({ strategy: null, treatment: null });
    expect(seeded.find((r) => r.code === "R4")!.strategy).toBe("TRANSFER");
    expect(await seedRisks(testDb())).toBe(0); // once
  });

  it("counts the incidents that realised a risk, in 90 days and in all", async () => {
    const code = "R3";
    const before = (await listRisks({ actor: tech })).find((r) => r.code === code)!.incidents;
    await testDb().ticket.create({ data: { title: "recent", source: "MANUAL", riskCodes: [code] } });
    await testDb().ticket.create({ data: { title: "old", source: "MANUAL", riskCodes: [code], createdAt: new Date(Date.now() - 100 * 86_400_000) } });
    const after = (await listRisks({ actor: tech })).find((r) => r.code === code)!.incidents;
    expect(after).toEqual({ recent: before.recent + 1, total: before.total + 2 });
  });

  it("keeps every change in the risk's history and refuses a stale form", async () => {
    const risk = await createRisk({ actor: admin, input: { code: `R${Date.now() % 9000 + 100}`, description: "Expired TLS certificate", impact: 2, probability: 2, consequences: "Browsers refuse the site", strategy: null, treatment: null, ownerId: null, reviewDate: null } });
    await updateRisk({ actor: admin, riskId: risk.id, version: 0, input: { description: "Expired TLS certificate", impact: 2, probability: 3, consequences: "Browsers refuse the site", strategy: "MITIGATE", treatment: "Alert 14 days before expiry", ownerId: null, reviewDate: "2027-01-15" } });
    await expect(updateRisk({ actor: admin, riskId: risk.id, version: 0, input: { description: "x", impact: 1, probability: 1, consequences: "x", strategy: null, treatment: null, ownerId: null, reviewDate: null } })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateRisk({ actor: tech, riskId: risk.id, version: 1, input: { description: "x", impact: 1, probability: 1, consequences: "x", strategy: null, treatment: null, ownerId: null, reviewDate: null } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const detail = await getRisk({ actor: tech, code: risk.code });
    expect(detail.criticality).toBe("HIGH");
    expect(detail.revisions[0]!.changes).toEqual({
      probability: { before: 2, after: 3 },
      strategy: { before: null, after: "MITIGATE" },
      treatment: { before: null, after: "Alert 14 days before expiry" },
      reviewDate: { before: null, after: "2027-01-15" },
    });
    expect(detail.revisions).toHaveLength(2);
  });

  it("links a ticket to a risk by hand, on its timeline", async () => {
    const ticket = await testDb().ticket.create({ data: { title: "Backups failing", source: "MANUAL" } });
    await linkRisk({ actor: tech, ticketId: ticket.id, code: "R6", linked: true });
    await expect(linkRisk({ actor: tech, ticketId: ticket.id, code: "R999", linked: true })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await testDb().ticket.findUniqueOrThrow({ where: { id: ticket.id } })).riskCodes).toEqual(["R6"]);
    expect((await getRisk({ actor: tech, code: "R6" })).incidents.map((i) => i.id)).toContain(ticket.id);
    await linkRisk({ actor: tech, ticketId: ticket.id, code: "R6", linked: false });
    const events = await testDb().timelineEvent.findMany({ where: { ticketId: ticket.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["risk.linked", "risk.unlinked"]);
  });
});
