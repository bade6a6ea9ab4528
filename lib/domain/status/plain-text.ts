// What a visitor wrote, kept as plain text: no HTML (tags, comments, scripts and styles with their content are
// removed; entities are left as typed), no control characters, at most two blank lines in a row, trimmed.
const BLOCKS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?(-->|$)/g;
// A tag starts with a letter, "/", "!" or "?" right after "<"; an unclosed one at the end is removed too.
const TAGS = /<[/!?]?[a-zA-Z][^<>]*(>|$)/g;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

export function plainText(input: string): string {
  let text = input.replace(/\r\n?/g, "\n");
  let previous: string;
  do {
    previous = text;
    text = text.replace(BLOCKS, "").replace(COMMENTS, "").replace(TAGS, "");
  } while (text !== previous); // "<scr<b>ipt>" becomes a tag once the inner one is gone
  return text
    .replace(CONTROLS, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The first line, cut at a word near `max` characters: a ticket's title from what the visitor wrote. */
export function summaryLine(text: string, max = 100): string {
  const line = (text.split("\n").find((l) => l.trim()) ?? "").trim().replace(/\s+/g, " ");
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
