import { env } from "@/lib/env";
import { parseMatcher, type HeartbeatConfig } from "@/lib/domain/alerts/heartbeat";

export function heartbeatConfig(): HeartbeatConfig {
  const e = env();
  return { matcher: parseMatcher(e.HEARTBEAT_MATCHER), periodMs: e.HEARTBEAT_PERIOD, graceMs: e.HEARTBEAT_GRACE };
}
