import { describe, expect, it } from "vitest";
import { bulkFormSchema, bulkRequestSchema } from "./bulk";
import { searchParamsToObject, ticketListQuerySchema, viewQueryString } from "./tickets";

const parse = (query: string) => ticketListQuerySchema.safeParse(searchParamsToObject(new URLSearchParams(query)));

describe("the list's URL query", () => {
  it("opens on the open tickets, newest first", () => {
    expect(parse("").data).toMatchObject({ scope: "open", sort: "newest", step: [], page: 1 });
  });

  it.each([
    ["assignee=me_or_none", true],
    ["assignee=any", true],
    ["assignee=someone", false],
    ["ack=no", true],
    ["ack=maybe", false],
    ["scope=all", true],
    ["scope=closed", false],
    ["group=alertname", true],
    ["group=team_1&groupValue=", true],
    ["group=a-b", false],
    ["group=1x", false],
  ])("%s is valid: %s", (query, ok) => {
    expect(parse(query).success).toBe(ok);
  });

  it("a view is the query without its page", () => {
    expect(viewQueryString(new URLSearchParams("assignee=me_or_none&page=3&group=alertname&groupValue=x&text="))).toBe("assignee=me_or_none&group=alertname");
  });
});

describe("a bulk request", () => {
  const id = "6f1c2b7e-4a53-4d0e-9a57-2b4f5e6a7b8c";
  it.each([
    ["ids and an action", { ticketIds: [id], action: "acknowledge" }, true],
    ["a filter instead of ids", { filter: "ack=no", action: "acknowledge" }, true],
    ["both", { ticketIds: [id], filter: "ack=no", action: "acknowledge" }, false],
    ["neither", { action: "acknowledge" }, false],
    ["no ticket", { ticketIds: [], action: "acknowledge" }, false],
    ["501 tickets", { ticketIds: Array(501).fill(id), action: "acknowledge" }, false],
    ["an unknown action", { ticketIds: [id], action: "delete" }, false],
    ["classify without a category", { ticketIds: [id], action: "classify", input: { impact: 3, urgency: 3 } }, false],
    ["classify", { ticketIds: [id], action: "classify", input: { impact: 3, urgency: 3, category: "SERVER" } }, true],
    ["a risk code", { ticketIds: [id], action: "linkRisk", input: { code: "r3" } }, true],
    ["not a risk code", { ticketIds: [id], action: "linkRisk", input: { code: "X" } }, false],
    ["a merge target by number", { ticketIds: [id], action: "merge", input: { target: "#12" } }, true],
    ["a merge without target", { ticketIds: [id], action: "merge", input: {} }, false],
  ])("%s: %s", (_name, body, ok) => {
    expect(bulkRequestSchema.safeParse(body).success).toBe(ok);
  });

  it("reaches the server action as one JSON field", () => {
    expect(bulkFormSchema.safeParse({ payload: JSON.stringify({ ticketIds: [id], action: "acknowledge" }) }).success).toBe(true);
    expect(bulkFormSchema.safeParse({ payload: "{not json" }).success).toBe(false);
  });
});
