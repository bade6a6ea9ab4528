import { afterEach, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { testDb } from "@/test/support/db";
import { GET } from "./route";

afterEach(() => {
  delete process.env.METRICS_TOKEN;
  resetEnv();
});

it("exposes Vigie's metrics in Prometheus format", async () => {
  await testDb().ticket.create({ data: { title: "metrics", source: "MANUAL", priority: 6, step: "TREATMENT", signal: "FIRING" } });
  const response = await GET(new Request("http://vigie.test/api/metrics"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const text = await response.text();
  expect(text).toMatch(/^vigie_tickets\{step="treatment",priority="6"\} [1-9]\d*$/m);
  expect(text).toMatch(/^vigie_open_incidents [1-9]\d*$/m);
  expect(text).toMatch(/^vigie_firing_incidents [1-9]\d*$/m);
  for (const name of ["vigie_heartbeat_age_seconds", "vigie_email_outbox_backlog", "vigie_webhook_deliveries_accepted_total", "vigie_time_to_assignment_seconds_bucket", "vigie_time_to_solution_seconds_count", "vigie_time_to_acknowledgement_seconds_count"]) {
    expect(text).toContain(name);
  }
});

it("asks for METRICS_TOKEN when it is set", async () => {
  process.env.METRICS_TOKEN = "metrics-token-0123456789";
  resetEnv();
  expect((await GET(new Request("http://vigie.test/api/metrics"))).status).toBe(401);
  expect((await GET(new Request("http://vigie.test/api/metrics", { headers: { authorization: "Bearer metrics-token-0123456789" } }))).status).toBe(200);
});
