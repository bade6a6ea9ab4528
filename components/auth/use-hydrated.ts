import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. A sign-in form clicked before that would be
 * submitted by the browser itself, as a GET carrying the password in the URL: its button waits.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
