import { describe, expect, it } from "vitest";
import { publicReportSchema, publicUpdateSchema, serviceSchema } from "./status";

const id = "0b5a3c1e-2f4d-4e6a-8b9c-0d1e2f3a4b5c";

describe("the status forms", () => {
  it("a service: ticked categories, risk codes and one matcher set per line", () => {
    const parsed = serviceSchema.parse({ name: " Vote ", "category:SERVICE": "on", "category:SERVER": "on", riskCodes: "r3, R4", labelMatchers: '{job="vote-api"}\n\n  instance=~"web-.*"  ' });
    expect(parsed).toMatchObject({ serviceId: null, name: "Vote", categories: ["SERVICE", "SERVER"], riskCodes: ["R3", "R4"], labelMatchers: ['{job="vote-api"}', 'instance=~"web-.*"'], position: 0, description: "" });
  });

  it.each([
    ["a matcher that matches every alert", { name: "Vote", labelMatchers: 'job=~".*"' }, "labelMatchers"],
    ["an unparsable matcher", { name: "Vote", labelMatchers: "job is vote" }, "labelMatchers"],
    ["a risk that is not a code", { name: "Vote", riskCodes: "the database" }, "riskCodes"],
    ["a category that does not exist", { name: "Vote", categories: ["WEATHER"] }, "categories"],
    ["no name", { name: "  " }, "name"],
  ])("refuses %s", (_what, form, field) => {
    const result = serviceSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => String(i.path[0]))).toContain(field);
  });

  it("a public update: the ticked services", () => {
    expect(publicUpdateSchema.parse({ ticketId: id, [`service:${id}`]: "on", status: "INVESTIGATING", impact: "MAJOR_OUTAGE", message: "Voting is unavailable." })).toMatchObject({ serviceIds: [id], title: "" });
  });

  it.each([
    ["a short report", { description: "broken" }, false],
    ["a report with a service and an email", { description: "I cannot cast my vote", serviceId: id, email: "voter@example.org" }, true],
    ["no service and no email", { description: "I cannot cast my vote", serviceId: "", email: "" }, true],
    ["a wrong email", { description: "I cannot cast my vote", email: "voter@" }, false],
    ["a service that is not an id", { description: "I cannot cast my vote", serviceId: "vote" }, false],
    ["2,001 characters", { description: "x".repeat(2_001) }, false],
  ])("a visitor's report: %s", (_what, form, ok) => {
    expect(publicReportSchema.safeParse(form).success).toBe(ok);
  });
});
