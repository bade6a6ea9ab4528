import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MAX_ALERTS_PER_DELIVERY } from "./payload";
import { receiverSnippet, RECEIVER_NAME, TOKEN_PLACEHOLDER, webhookUrl } from "./receiver-config";

type Webhook = { url: string; send_resolved?: boolean; max_alerts?: number; http_config?: { authorization?: Record<string, string> } };
type AmConfig = { route: { receiver: string; group_by?: string[] }; receivers: { name: string; webhook_configs?: Webhook[] }[] };
const shipped = parse(fs.readFileSync(path.join(import.meta.dirname, "../../../docker/alertmanager/alertmanager.yml"), "utf8")) as AmConfig;
const shippedVigie = shipped.receivers.find((r) => r.name === "vigie")!.webhook_configs![0]!;

const webhookOf = (config: AmConfig) => {
  expect(config.receivers).toHaveLength(1);
  expect(config.receivers[0]!.name).toBe(RECEIVER_NAME);
  expect(config.receivers[0]!.webhook_configs).toHaveLength(1);
  return config.receivers[0]!.webhook_configs![0]!;
};

describe("webhookUrl", () => {
  it.each([
    ["https://vigie.example.org", "https://vigie.example.org/api/alertmanager"],
    ["https://vigie.example.org/", "https://vigie.example.org/api/alertmanager"],
    ["https://example.org/vigie//", "https://example.org/vigie/api/alertmanager"],
    ["http://localhost:3000", "http://localhost:3000/api/alertmanager"],
  ])("%s → %s", (base, url) => expect(webhookUrl(base)).toBe(url));
});

describe("the alertmanager.yml snippet", () => {
  it("parses as YAML into a route to one receiver that posts to the full webhook URL, with a placeholder for the token", () => {
    const config = parse(receiverSnippet({ baseUrl: "https://vigie.example.org/" })) as AmConfig;
    expect(config.route.receiver).toBe(RECEIVER_NAME);
    expect(webhookOf(config)).toEqual({
      url: "https://vigie.example.org/api/alertmanager",
      send_resolved: true,
      max_alerts: 10_000,
      http_config: { authorization: { type: "Bearer", credentials: TOKEN_PLACEHOLDER } },
    });
  });

  it("agrees with the shipped receiver: resolved notices, max_alerts, Bearer authorization, grouping", () => {
    const config = parse(receiverSnippet({ baseUrl: "https://vigie.example.org" })) as AmConfig;
    const webhook = webhookOf(config);
    expect(webhook.send_resolved).toBe(shippedVigie.send_resolved);
    expect(webhook.max_alerts).toBe(shippedVigie.max_alerts);
    expect(webhook.max_alerts).toBeLessThanOrEqual(MAX_ALERTS_PER_DELIVERY);
    expect(webhook.http_config!.authorization!.type).toBe(shippedVigie.http_config!.authorization!.type);
    expect(new URL(webhook.url).pathname).toBe(new URL(shippedVigie.url).pathname);
    expect(config.route.group_by).toEqual(shipped.route.group_by);
  });

  it.each([
    "vig_abc123-_XYZ",
    'a "quoted" token: with # and \\ and {braces}',
  ])("carries a token shown at creation exactly (%s)", (token) => {
    const webhook = webhookOf(parse(receiverSnippet({ baseUrl: "https://v.example", credentials: { token } })) as AmConfig);
    expect(webhook.http_config!.authorization).toEqual({ type: "Bearer", credentials: token });
  });

  it("reads the token from a file with credentials_file, never both", () => {
    const webhook = webhookOf(parse(receiverSnippet({ baseUrl: "https://v.example", credentials: { file: "/etc/alertmanager/vigie token" } })) as AmConfig);
    expect(webhook.http_config!.authorization).toEqual({ type: "Bearer", credentials_file: "/etc/alertmanager/vigie token" });
  });
});
