import { beforeAll, describe, expect, it } from "vitest";
import { createTestToken } from "@/test/support/tokens";
import { GET as read } from "./[id]/route";
import { POST as transition } from "./[id]/transitions/route";
import { POST as create } from "./route";

let adminToken: string;
let observerToken: string;

const call = async (handler: (request: Request, context: never) => Promise<Response>, path: string, token: string, body: unknown, id?: string) => {
  const request = new Request(`http://vigie.test${path}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve({ id }) } as never);
  return { status: response.status, body: await response.json() };
};

beforeAll(async () => {
  adminToken = await createTestToken("API", "ADMIN");
  observerToken = await createTestToken("API", "OBSERVER");
});

describe("the automation API", () => {
  it("registers an incident and moves it with versioned transitions", async () => {
    const created = await call(create, "/api/tickets", observerToken, { title: "Disk errors on db-2", urgency: 4 });
    expect(created).toMatchObject({ status: 201, body: { step: "REGISTRATION", version: 0 } });
    const id = created.body.id as string;
    const path = `/api/tickets/${id}/transitions`;

    expect(await call(transition, path, observerToken, { transition: "classify", version: 0, impact: 3, urgency: 4, category: "SERVER" }, id)).toMatchObject({ status: 403 });
    const classified = await call(transition, path, adminToken, { transition: "classify", version: 0, impact: 3, urgency: 4, category: "SERVER" }, id);
    expect(classified).toMatchObject({ status: 200, body: { step: "CLASSIFICATION", version: 1, priority: 4 } });

    const stale = await call(transition, path, adminToken, { transition: "classify", version: 0, impact: 5, urgency: 5, category: "SERVER" }, id);
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "CONFLICT", current: { step: "CLASSIFICATION", version: 1 } } } });
  });

  it.each([
    ["not JSON", "{", /not JSON/],
    ["an unknown transition", { transition: "solve" }, /transition/],
    ["a missing reason", { transition: "refuse" }, /reason/],
  ])("refuses %s with 400", async (_name, body, message) => {
    const { status, body: answer } = await call(transition, "/api/tickets/x/transitions", adminToken, body, "00000000-0000-4000-8000-000000000000");
    expect(status).toBe(400);
    expect(answer.error.message).toMatch(message);
  });

  it("names a ticket by its number as well as by its id; anything else is 404", async () => {
    const created = await call(create, "/api/tickets", adminToken, { title: "Addressed by number", urgency: 2 });
    const { id, number } = created.body as { id: string; number: number };
    const moved = await call(transition, `/api/tickets/${number}/transitions`, adminToken, { transition: "classify", version: 0, impact: 2, urgency: 2, category: "SERVER" }, String(number));
    expect(moved).toMatchObject({ status: 200, body: { id, step: "CLASSIFICATION" } });
    const get = async (ref: string) => {
      const response = await read(new Request(`http://vigie.test/api/tickets/${ref}`, { headers: { authorization: `Bearer ${adminToken}` } }), { params: Promise.resolve({ id: ref }) } as never);
      return { status: response.status, body: await response.json() };
    };
    expect(await get(String(number))).toMatchObject({ status: 200, body: { id, number, step: "CLASSIFICATION" } });
    expect(await get(id)).toMatchObject({ status: 200, body: { id, number } });
    for (const ref of ["99999999999", "0", "12abc", "-1"]) expect((await get(ref)).status, ref).toBe(404);
  });

  it("leaves solutions and validation to people", async () => {
    const created = await call(create, "/api/tickets", adminToken, { title: "Token-made" });
    const id = created.body.id as string;
    const answer = await call(transition, `/api/tickets/${id}/transitions`, adminToken, { transition: "recordSolution", solution: "x" }, id);
    expect(answer).toMatchObject({ status: 403, body: { error: { message: expect.stringMatching(/people/) } } });
  });
});
