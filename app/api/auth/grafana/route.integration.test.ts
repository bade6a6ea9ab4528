import { describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/roles";
import { actorWithRole } from "@/test/support/actors";
import { createTestToken } from "@/test/support/tokens";
import { grafanaIdentity, grafanaRoles } from "./identity";
import { GET } from "./route";

// GET /api/auth/grafana through authedRoute, with real tokens and users in the test database. The session
// cookie path (currentActor) needs Next's request scope, which a direct call has not: it is the same
// authedRoute code, and grafanaIdentity below is what it answers a signed-in person with.
const call = (token?: string) => GET(new Request("http://vigie.test/api/auth/grafana", { headers: token ? { authorization: `Bearer ${token}` } : {} }), {});

describe("GET /api/auth/grafana (Caddy's forward_auth for Grafana)", () => {
  it.each(roles)("refuses a %s API token with 401: Grafana is for signed-in people", async (role) => {
    const response = await call(await createTestToken("API", role));
    expect(response.status).toBe(401);
    expect(response.headers.get("x-webauth-user")).toBeNull();
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: expect.stringContaining("signed-in") } });
  });

  it("refuses an unknown or revoked token with 401", async () => {
    expect((await call("vigie_not-a-real-token-0123456789")).status).toBe(401);
    const revoked = await createTestToken("API", "ADMIN", { revoked: true });
    const response = await call(revoked);
    expect(response.status).toBe(401);
    expect(response.headers.get("x-webauth-role")).toBeNull();
  });

  it.each(roles)("names a signed-in %s for Grafana: login and email, name, role", async (role) => {
    const actor = await actorWithRole(role);
    const response = grafanaIdentity(actor);
    expect(response.status).toBe(200);
    expect(Object.fromEntries([...response.headers].filter(([k]) => k.startsWith("x-webauth-")))).toEqual({
      "x-webauth-user": actor.email,
      "x-webauth-email": actor.email,
      "x-webauth-name": actor.name,
      "x-webauth-role": grafanaRoles[role],
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("gives observers (the SOC) Viewer, technicians Editor, admins Admin", () => {
    expect(grafanaRoles).toEqual({ OBSERVER: "Viewer", TECHNICIAN: "Editor", ADMIN: "Admin" });
  });

  it("names by the email someone whose name a header cannot carry (never a missing header)", async () => {
    const actor = await actorWithRole("OBSERVER");
    const response = grafanaIdentity({ ...actor, name: "Zoë Ørsted" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-webauth-name")).toBe(actor.email);
    expect(response.headers.get("x-webauth-user")).toBe(actor.email);
  });
});
