// Just enough PromQL reading for tests: which metrics (and which of their labels) an expression selects.
// Not a parser: it skips strings, ranges and label lists (by/without/on/ignoring/group_left/group_right),
// treats `name(` as a function call and any other bare identifier as a metric name.
// Grafana variables ($instance, ${instance}, $__rate_interval…) are skipped.

export interface Selector {
  metric: string;
  /** label names used in the selector's matchers, e.g. ["instance", "mode"] for x{instance=~"…", mode="idle"} */
  labels: string[];
}

const LABEL_LISTS = new Set(["by", "without", "on", "ignoring", "group_left", "group_right"]);
const KEYWORDS = new Set(["and", "or", "unless", "bool", "offset", "atan2", "inf", "nan", "start", "end"]);
// Aggregations may be followed by their label list before the parenthesis: sum by (x) (…)
const AGGREGATIONS = new Set(["sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio"]);
const IDENT = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const NUMBER = /(0x[0-9a-fA-F]+|[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)[a-zA-Z0-9]*/y;

function skipString(text: string, i: number): number {
  const quote = text[i];
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === "\\" && quote !== "`") j++;
    else if (text[j] === quote) return j + 1;
  }
  throw new Error(`unterminated string in: ${text}`);
}

/** Index after the bracket that closes the one at i ("(", "[" or "{"), strings skipped. */
function skipBracket(text: string, i: number): number {
  const open = text[i] as "(" | "[" | "{";
  const close = { "(": ")", "[": "]", "{": "}" }[open];
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"' || c === "'" || c === "`") j = skipString(text, j) - 1;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return j + 1;
  }
  throw new Error(`unbalanced ${open} in: ${text}`);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  return i;
}

/** The label names of a matcher block "{a="x", b=~"y"}" (the text between the braces). */
function matcherLabels(block: string): string[] {
  const labels: string[] = [];
  let i = 0;
  while (i < block.length) {
    const c = block[i] ?? "";
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(block, i);
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(block);
    if (m) {
      const after = skipSpace(block, i + m[0].length);
      if (/^(=~|!~|!=|=)/.test(block.slice(after))) labels.push(m[0]);
      i += m[0].length;
      continue;
    }
    i++;
  }
  return labels;
}

/** The metric selectors of a PromQL expression, in order of appearance. */
export function selectors(expr: string): Selector[] {
  const out: Selector[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i] ?? "";
    if (c === '"' || c === "'" || c === "`") {
      i = skipString(expr, i);
    } else if (c === "#") {
      const end = expr.indexOf("\n", i);
      i = end < 0 ? expr.length : end;
    } else if (c === "[") {
      i = skipBracket(expr, i); // range or subquery: durations only
    } else if (c === "{") {
      i = skipBracket(expr, i); // {__name__=…}: no metric name to check
    } else if (c === "$") {
      // Grafana variable: $name or ${name…}
      i++;
      if (expr[i] === "{") i = skipBracket(expr, i);
      else {
        IDENT.lastIndex = i;
        i += IDENT.exec(expr)?.[0].length ?? 0;
      }
    } else if (/[0-9.]/.test(c)) {
      NUMBER.lastIndex = i;
      i += NUMBER.exec(expr)?.[0].length || 1;
    } else if (/[a-zA-Z_:]/.test(c)) {
      IDENT.lastIndex = i;
      const name = (IDENT.exec(expr) as RegExpExecArray)[0];
      const after = skipSpace(expr, i + name.length);
      const lower = name.toLowerCase();
      if (LABEL_LISTS.has(lower)) {
        i = expr[after] === "(" ? skipBracket(expr, after) : after;
      } else if (lower === "offset") {
        // offset 5m
        NUMBER.lastIndex = after;
        i = after + (NUMBER.exec(expr)?.[0].length ?? 0);
      } else if (KEYWORDS.has(lower) || AGGREGATIONS.has(lower) || expr[after] === "(") {
        i = i + name.length; // operator keyword or function call
      } else if (expr[after] === "{") {
        const end = skipBracket(expr, after);
        out.push({ metric: name, labels: matcherLabels(expr.slice(after + 1, end - 1)) });
        i = end;
      } else {
        out.push({ metric: name, labels: [] });
        i = i + name.length;
      }
    } else {
      i++;
    }
  }
  return out;
}

/** The metric of a Grafana Prometheus variable query: label_values(metric{…}, label), or an expression. */
export function variableSelectors(query: string): Selector[] {
  const m = /^\s*label_values\(\s*(.*?)\s*,\s*[a-zA-Z_]\w*\s*\)\s*$/s.exec(query);
  if (m) return selectors(m[1] ?? "");
  if (/^\s*label_values\(\s*[a-zA-Z_]\w*\s*\)\s*$/.test(query)) return []; // label_values(label): all metrics
  const q = /^\s*query_result\((.*)\)\s*$/s.exec(query);
  return selectors(q ? (q[1] ?? "") : query);
}

/** Prometheus text exposition -> metric name -> label names seen on its samples. */
export function parseExposition(text: string): Map<string, Set<string>> {
  const metrics = new Map<string, Set<string>>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s/.exec(line);
    if (!m) continue;
    const name = m[1] as string;
    const labels = metrics.get(name) ?? new Set<string>();
    for (const pair of (m[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*"/g)) labels.add(pair[1] as string);
    metrics.set(name, labels);
  }
  return metrics;
}
