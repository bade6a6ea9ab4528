// Any constant shared by all instances: the periodic check and a Watchdog delivery never decide at the same time.
export const HEARTBEAT_LOCK = 7_301_001;
