import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

type Request = { method?: string; url?: string; headers: IncomingHttpHeaders | Record<string, string> };
type Render = { status?: number; headers: Record<string, string | string[] | undefined>; body: Buffer };
export type PageCopy = { headers: [string, string | string[]][]; body: Buffer; gzip: Buffer };

export const CACHED_PATHS: Set<string>;
export function visitorLocale(headers: Request["headers"], fallback: string): "en" | "fr";
export function cacheable(req: Request): boolean;
export function hashedPolicy(policy: string, html: string): string | null;
export function pageCopy(response: Render): PageCopy | null;
export function createPageCache(options: { render: (path: string, locale: string) => Promise<Render>; ttlMs?: number; staleMs?: number; fallbackLocale?: string; now?: () => number }): (req: Request) => Promise<PageCopy | null>;
export function sendCopy(req: IncomingMessage, res: ServerResponse, copy: PageCopy): void;
