// What an admin pastes into alertmanager.yml to send alerts to Vigie's webhook: in step with the receiver of the
// shipped docker/alertmanager/alertmanager.yml (a test compares them), so a hand-made Alertmanager behaves the same.
export const WEBHOOK_PATH = "/api/alertmanager";
export const RECEIVER_NAME = "vigie";
/** Shown instead of a secret the page no longer has: a token is readable once, when it is created. */
export const TOKEN_PLACEHOLDER = "<token>";
/** The shipped limit: 10,000 realistic alerts fit in WEBHOOK_MAX_BYTES; Vigie reads the rest from the API. */
export const MAX_ALERTS = 10_000;
/** One ticket per alert name and job, as shipped; without group_by Alertmanager puts every alert in one group. */
export const GROUP_BY = ["alertname", "job"] as const;

export type Credentials = { token: string } | { file: string };

export function webhookUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${WEBHOOK_PATH}`;
}

// JSON strings are YAML double-quoted scalars: any token or path is quoted safely.
const quote = (text: string) => JSON.stringify(text);

/** A minimal alertmanager.yml: a route to the `vigie` receiver and the receiver itself. */
export function receiverSnippet({ baseUrl, credentials }: { baseUrl: string; credentials?: Credentials }): string {
  const secret = credentials && "file" in credentials
    ? `credentials_file: ${quote(credentials.file)}`
    : `credentials: ${quote(credentials?.token ?? TOKEN_PLACEHOLDER)}`;
  return [
    "route:",
    `  receiver: ${RECEIVER_NAME}`,
    `  group_by: [${GROUP_BY.join(", ")}]`,
    "receivers:",
    `  - name: ${RECEIVER_NAME}`,
    "    webhook_configs:",
    `      - url: ${quote(webhookUrl(baseUrl))}`,
    "        send_resolved: true",
    `        max_alerts: ${MAX_ALERTS}`,
    "        http_config:",
    "          authorization:",
    "            type: Bearer",
    `            ${secret}`,
    "",
  ].join("\n");
}
