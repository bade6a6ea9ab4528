import type { IncomingMessage, ServerResponse } from "node:http";

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export declare const WEBHOOK_PATH: string;
export declare function installWebhookShortcut(handler: WebhookHandler): void;
export declare function webhookShortcut(req: IncomingMessage): WebhookHandler | undefined;
