import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/db/url";

// Live updates (issue 15): ONE PostgreSQL connection per app instance LISTENs on vigie_changes (the triggers
// of migration 20261201206000 notify there at every commit, from any instance) and fans each notification
// out to this instance's subscribers, the open event streams. Their number is bounded: past it a stream is
// refused with 503 and the browser keeps polling.
export const CHANNEL = "vigie_changes";
export const MAX_SUBSCRIBERS = 1_000;

/**
 * What subscribers receive: the tickets that changed, "*" for many or unknown (after a reconnection); or that
 * the alerting heartbeat changed (a beat, or declared late), which the ticket list shows above its rows.
 */
export type Change = { tickets: string[] | "*"; heartbeat?: true };

/** The payload a Watchdog delivery or the heartbeat check announces (announceHeartbeat). */
export const HEARTBEAT_PAYLOAD = '{"heartbeat":true}';

type Subscriber = (change: Change) => void;

export function parseChange(payload: string | undefined): Change {
  try {
    const parsed = JSON.parse(payload ?? "") as { tickets?: unknown; heartbeat?: unknown };
    if (parsed.heartbeat === true) return { tickets: [], heartbeat: true };
    if (Array.isArray(parsed.tickets) && parsed.tickets.every((t) => typeof t === "string")) return { tickets: parsed.tickets as string[] };
  } catch {
    // an unreadable payload still says that something changed
  }
  return { tickets: "*" };
}

/** One instance's listener: one connection, many subscribers. */
export class ChangeFeed {
  private subscribers = new Set<Subscriber>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryMs = 500;
  private closed = false;

  constructor(private readonly url: string, private readonly max = MAX_SUBSCRIBERS) {}

  /**
   * Subscribes to the changes committed by any instance; resolves once this instance listens (so nothing
   * committed after it is missed), or null when `max` streams are already open here.
   */
  async subscribe(subscriber: Subscriber): Promise<(() => void) | null> {
    if (this.subscribers.size >= this.max) return null;
    this.subscribers.add(subscriber);
    try {
      await this.listen();
    } catch (error) {
      this.subscribers.delete(subscriber);
      throw error;
    }
    return () => this.subscribers.delete(subscriber);
  }

  get size(): number {
    return this.subscribers.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private publish(change: Change) {
    for (const subscriber of this.subscribers) {
      try {
        subscriber(change);
      } catch {
        // one closed stream must not stop the others
      }
    }
  }

  private listen(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  /** Reconnects with a doubling delay; notifications sent while disconnected are lost, so everyone refetches. */
  private retry() {
    if (this.closed) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
    setTimeout(() => void this.listen().then(() => this.publish({ tickets: "*" }), () => this.retry()), wait).unref();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: "vigie-live", keepAlive: true });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.removeAllListeners();
      client.on("error", () => {});
      void client.end().catch(() => {});
      this.retry();
    };
    client.on("notification", (message) => {
      if (message.channel === CHANNEL) this.publish(parseChange(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => {});
      throw error;
    }
    client.on("error", lost);
    client.on("end", lost);
    this.client = client;
    this.retryMs = 500;
  }
}

const globalFeed = globalThis as unknown as { vigieChangeFeed?: ChangeFeed };

/** This instance's feed (one per process, created on first use). */
export function changeFeed(): ChangeFeed {
  globalFeed.vigieChangeFeed ??= new ChangeFeed(databaseUrl());
  return globalFeed.vigieChangeFeed;
}
