import { randomUUID } from "node:crypto";
import { rawAlert, rawPayload } from "@/test/fixtures/alerts";
import { expect, test } from "./support/fixtures";

// The built server answers the Alertmanager webhook itself, before Next's router (scripts/lib/webhook-shortcut.mjs,
// installed by instrumentation.ts): a route Next serves carries its `Vary: rsc…` header; the shortcut's answers do not.
test("the built server stores a delivery through its shortcut, with the security headers and no Next headers", async ({ request }) => {
  const id = randomUUID().slice(0, 8);
  const alerts = [rawAlert({ fingerprint: `${id}shortcut`, labels: { alertname: `Shortcut_${id}`, severity: "info" } })];
  const response = await request.post("/api/alertmanager", {
    data: rawPayload(alerts, { groupKey: `{}:{alertname="Shortcut_${id}"}` }),
    headers: { authorization: `Bearer ${process.env.E2E_ALERTMANAGER_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "stored", decision: "open", fresh: 1 });
  const headers = response.headers();
  expect(headers["vary"]).toBeUndefined();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["cache-control"]).toBe("no-store, no-transform");

  // Anything else under the path is still Next's: the route refuses other methods.
  const get = await request.get("/api/alertmanager");
  expect(get.status()).toBe(405);
  expect(get.headers()["vary"]).toMatch(/rsc/);
});
