import { labelSetString } from "@/lib/domain/alerts/reconcile-routes";
import type { Labels } from "./matchers";

// One `name="Go-quoted value"` of a label set, then its separator: read in sequence, so a value's text is never a name.
const PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*"(, |\})/y;

function namesOf(tail: string): string[] | null {
  if (tail === "{}") return [];
  const names: string[] = [];
  PAIR.lastIndex = 1;
  for (let m = PAIR.exec(tail); m; m = PAIR.exec(tail)) {
    names.push(m[1]!);
    if (m[2] === "}") return PAIR.lastIndex === tail.length ? names : null;
  }
  return null;
}

/**
 * A group's labels, read back from its groupKey (`{route}…:{name="value", …}`) and one of its alerts: the group
 * labels are those of the alert's labels the key ends with. The alert rows hold both (indexed by ticket), so the
 * webhook deliveries need not be searched. Null when the key does not end so (a key shortened for storage).
 */
export function groupLabelsFromKey(groupKey: string, alertLabels: Labels): Labels | null {
  for (let at = groupKey.indexOf(":{"); at !== -1; at = groupKey.indexOf(":{", at + 1)) {
    const tail = groupKey.slice(at + 1);
    const names = namesOf(tail);
    if (!names?.every((n) => Object.hasOwn(alertLabels, n))) continue;
    const picked = Object.fromEntries(names.map((n) => [n, alertLabels[n]!]));
    // Re-quoted as Alertmanager does: the values must be the alert's own.
    if (labelSetString(picked) === tail) return picked;
  }
  return null;
}
