// Alertmanager's payload (a fixed Go struct) nests 4 levels deep: body → alerts → alert → labels. Unknown keys of a
// newer version add a few more at most. Text nested deeper can never come from Alertmanager, and PostgreSQL's jsonb
// (and any recursive walk) fails on it, so it is refused before parsing, with a scan that does not recurse.
export const MAX_JSON_DEPTH = 32;

/** True when the JSON text opens more than `max` arrays or objects inside each other (strings are skipped). */
export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
