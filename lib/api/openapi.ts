import { z } from "zod";
import { webhookPayloadSchema } from "@/lib/domain/alerts/payload";
import { reportIncidentSchema, transitionRequestSchema } from "@/lib/validations/lifecycle";
import { ticketListQuerySchema } from "@/lib/validations/tickets";
import { bulkRequestSchema } from "@/lib/validations/bulk";

// The OpenAPI document, generated from the same zod schemas the server validates with: it cannot drift.
const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: "input", unrepresentable: "any" });

const error = { type: "object", properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, current: { type: "object" } } } } };
const responses = (ok: Record<string, unknown>) => ({
  ...ok,
  "400": { description: "Invalid input", content: { "application/json": { schema: error } } },
  "401": { description: "No session and no valid API token" },
  "403": { description: "The role does not allow it" },
});

export function openApiDocument(serverUrl: string) {
  const query = schema(ticketListQuerySchema) as { properties: Record<string, object> };
  return {
    openapi: "3.1.0",
    info: { title: "Vigie API", version: "1", description: "Incidents from Alertmanager through the seven steps. Authenticate with `Authorization: Bearer <API token>` (Admin → API tokens) or a session cookie." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer" } },
      schemas: {
        ReportIncident: schema(reportIncidentSchema),
        Transition: schema(transitionRequestSchema),
        BulkAction: schema(bulkRequestSchema),
        AlertmanagerWebhook: schema(webhookPayloadSchema),
      },
    },
    security: [{ token: [] }],
    paths: {
      "/api/tickets": {
        get: {
          summary: "List tickets",
          parameters: Object.entries(query.properties).map(([name, s]) => ({ name, in: "query", required: false, schema: s })),
          description: "Pages by keyset: pass the answer's `nextCursor` as `cursor` (also in the `Link` header, rel=next). `page` past 1 is deprecated (an OFFSET; answered with `Deprecation: true`).",
          responses: responses({ "200": { description: "A page of tickets, nextCursor, the total, and counts per step (cappedSteps: the lower bounds)" } }),
        },
        post: {
          summary: "Report an incident (step 1, registration)",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/ReportIncident" } } } },
          responses: responses({ "201": { description: "Registered: id, number, step, version" } }),
        },
      },
      "/api/events": {
        get: {
          summary: "Live updates: server-sent events naming the tickets that changed",
          description: "`event: tickets` with `{\"tickets\": [ids]}` or `{\"tickets\": \"*\"}` at every committed change, from any instance; a heartbeat comment every 15 s; the stream ends after 10 minutes (reconnect).",
          responses: responses({ "200": { description: "A text/event-stream" }, "503": { description: "This instance's streams are all taken: poll instead" } }),
        },
      },
      "/api/tickets/bulk": {
        post: {
          summary: "One action on many tickets: acknowledge, classify, assign, link a risk, merge, close as duplicate",
          description:
            "Select by `ticketIds` (at most 500) or by `filter`, the list's query string (every ticket it matches, refused past 500). Each ticket goes through its own rules; the 200 answer lists `done` and `refused` with each refusal's code and reason. Acknowledging is a person's word: API tokens are refused it.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BulkAction" } } } },
          responses: responses({ "200": { description: "done: [{ ticketId, number }], refused: [{ ticketId, number, code, reason }], target (merge), durationMs" } }),
        },
      },
      "/api/tickets/{id}": {
        get: {
          summary: "A ticket with its alerts and timeline",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: responses({ "200": { description: "The ticket" }, "404": { description: "No such ticket" } }),
        },
      },
      "/api/tickets/{id}/transitions": {
        post: {
          summary: "Move a ticket through the lifecycle",
          description: "Send the version you read: a newer state answers 409 with the current step and version.",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Transition" } } } },
          responses: responses({ "200": { description: "New step and version" }, "409": { description: "Not possible at this step, or a stale version", content: { "application/json": { schema: error } } } }),
        },
      },
      "/api/alertmanager": {
        post: {
          summary: "Alertmanager webhook (version 4)",
          description: "Bearer token or basic-auth password: ALERTMANAGER_TOKEN or an Alertmanager token. 200 once stored; 503 when it could not be stored (Alertmanager retries); 4xx only for what never succeeds.",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/AlertmanagerWebhook" } } } },
          responses: { "200": { description: "Stored and applied" }, "400": { description: "Malformed" }, "401": { description: "Wrong token" }, "413": { description: "Too large" }, "503": { description: "Not stored; retry" } },
        },
      },
      "/api/health": { get: { summary: "Liveness and database", security: [], responses: { "200": { description: "ok" }, "503": { description: "The database does not answer" } } } },
    },
  };
}
