// What an outgoing webhook posts: Vigie's own JSON document, or { text } for Slack and Mattermost incoming webhooks.
export type ChannelFormat = "JSON" | "TEXT";

export type EscalationMessage = {
  event: "escalation.notified";
  at: string;
  tickets: { id: string; number: number; title: string; priority: number; url: string; level: number; round: number; notified: string[] }[];
};

export function messageText(message: EscalationMessage): string {
  const lines = message.tickets.map((t) => `#${t.number} (priority ${t.priority}) ${t.title}: nobody acknowledged it; notified ${t.notified.join(", ") || "nobody"} (level ${t.level}, round ${t.round}) ${t.url}`);
  return [message.tickets.length === 1 ? "Vigie escalation" : `Vigie escalation: ${message.tickets.length} incidents`, ...lines].join("\n");
}

export function webhookBody(format: ChannelFormat, message: EscalationMessage): unknown {
  return format === "TEXT" ? { text: messageText(message) } : message;
}
