// Alertmanager 0.25's routing tree, rebuilt from the config its API returns (`GET /api/v2/status`,
// `config.original`), so that Vigie computes the groupKey a real delivery carries:
// `{route matchers}/{child matchers}…:{group labels}` (dispatch/route.go Key, dispatch.go GroupKey).
type Labels = Record<string, string>;
type MatchType = "=" | "!=" | "=~" | "!~";
export type Matcher = { name: string; type: MatchType; value: string };
export type Route = { key: string; receiver: string; groupBy: string[] | "all"; matchers: Matcher[]; continue: boolean; routes: Route[] };

type ConfigRoute = {
  receiver?: string;
  group_by?: string[];
  match?: Record<string, string>;
  match_re?: Record<string, string>;
  matchers?: string[];
  continue?: boolean;
  routes?: ConfigRoute[];
};

const TYPE_ORDER: MatchType[] = ["=", "!=", "=~", "!~"];

// Go's sort of labels.Matchers: by name, then value, then type.
function compareMatchers(a: Matcher, b: Matcher): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
}

const openMetricsEscape = (s: string) => s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
const matchersString = (ms: Matcher[]) => `{${ms.map((m) => `${m.name}${m.type}"${openMetricsEscape(m.value)}"`).join(",")}}`;

/** One `matchers:` line: `name="value"`, `name=~value`, possibly several, comma-separated, in braces. */
export function parseMatchers(line: string): Matcher[] {
  const body = line.trim().replace(/^\{/, "").replace(/\}$/, "");
  const result: Matcher[] = [];
  const re = /\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^,"]*?))\s*(?:,|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < body.length && (m = re.exec(body))) {
    const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, (_, c: string) => (c === "n" ? "\n" : c)) : m[4]!;
    result.push({ name: m[1]!, type: m[2] as MatchType, value });
  }
  if (re.lastIndex < body.length) throw new Error(`cannot parse matchers: ${line}`);
  return result;
}

function build(cr: ConfigRoute, parent: Route | null): Route {
  const matchers: Matcher[] = [
    ...Object.entries(cr.match ?? {}).map(([name, value]) => ({ name, type: "=" as const, value })),
    ...Object.entries(cr.match_re ?? {}).map(([name, value]) => ({ name, type: "=~" as const, value })),
    ...(cr.matchers ?? []).flatMap(parseMatchers),
  ].sort(compareMatchers);
  const named = (cr.group_by ?? []).filter((l) => l !== "...");
  // As NewRoute: named labels replace the parent's; "..." alone means all labels; nothing inherits.
  const groupBy = named.length > 0 ? named : cr.group_by?.includes("...") ? "all" : (parent?.groupBy ?? []);
  const key = `${parent ? `${parent.key}/` : ""}${matchersString(matchers)}`;
  const route: Route = { key, receiver: cr.receiver || parent?.receiver || "", groupBy, matchers, continue: cr.continue ?? false, routes: [] };
  route.routes = (cr.routes ?? []).map((child) => build(child, route));
  return route;
}

export const buildRoutes = (root: ConfigRoute): Route => build(root, null);

function matches(m: Matcher, labels: Labels): boolean {
  const value = Object.hasOwn(labels, m.name) ? labels[m.name]! : "";
  if (m.type === "=") return value === m.value;
  if (m.type === "!=") return value !== m.value;
  const ok = new RegExp(`^(?:${m.value})$`).test(value);
  return m.type === "=~" ? ok : !ok;
}

/** The routes an alert ends at (Route.Match): the deepest matching ones, several with `continue: true`. */
export function matchRoutes(route: Route, labels: Labels): Route[] {
  if (!route.matchers.every((m) => matches(m, labels))) return [];
  const all: Route[] = [];
  for (const child of route.routes) {
    const found = matchRoutes(child, labels);
    all.push(...found);
    if (found.length > 0 && !child.continue) break;
  }
  return all.length > 0 ? all : [route];
}

export function groupLabelsOf(route: Route, labels: Labels): Labels {
  return Object.fromEntries(Object.entries(labels).filter(([name]) => route.groupBy === "all" || route.groupBy.includes(name)));
}

// Go's %q for a label value: escapes quotes, backslashes and what is not printable.
const GO_ESCAPES = new Map([['"', '\\"'], ["\\", "\\\\"], ["\n", "\\n"], ["\t", "\\t"], ["\r", "\\r"], ["\x07", "\\a"], ["\b", "\\b"], ["\f", "\\f"], ["\v", "\\v"]]);

function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (GO_ESCAPES.has(ch)) out += GO_ESCAPES.get(ch);
    else if (ch !== " " && /[\p{C}\p{Z}]/u.test(ch)) out += code < 0x80 ? `\\x${code.toString(16).padStart(2, "0")}` : code < 0x10000 ? `\\u${code.toString(16).padStart(4, "0")}` : `\\U${code.toString(16).padStart(8, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

/** model.LabelSet's String(): sorted, `name="value"` joined by ", ". */
export const labelSetString = (labels: Labels) =>
  `{${Object.keys(labels).sort().map((name) => `${name}=${goQuote(labels[name]!)}`).join(", ")}}`;

/**
 * The groupKey of the group a receiver shows for an alert: the route the alert ended at with that receiver
 * and those group labels. Null when no route or several different ones fit: then Vigie does not guess.
 */
export function groupKeyFor(root: Route, receiver: string, groupLabels: Labels, alertLabels: Labels): string | null {
  const wanted = labelSetString(groupLabels);
  const keys = new Set(
    matchRoutes(root, alertLabels)
      .filter((r) => r.receiver === receiver && labelSetString(groupLabelsOf(r, alertLabels)) === wanted)
      .map((r) => `${r.key}:${wanted}`),
  );
  return keys.size === 1 ? [...keys][0]! : null;
}
