import { parseMatchers } from "@/lib/domain/alerts/reconcile-routes";
import { fillSentence } from "@/lib/errors";
import { sentence } from "@/lib/i18n/sentences";

// Alertmanager's label matchers as its silences evaluate them (pkg/labels/matcher.go): a missing label is the
// empty string; regexes are anchored at both ends (`^(?:value)$`).
export type MatchType = "=" | "!=" | "=~" | "!~";
export type Matcher = { name: string; type: MatchType; value: string };
export type Labels = Record<string, string>;
/** The shape of Alertmanager's API v2 (`POST /api/v2/silences`). */
export type ApiMatcher = { name: string; value: string; isRegex: boolean; isEqual?: boolean };

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Go's RE2 counts code points; JavaScript's `u` mode does too, but refuses escapes RE2 takes (`\-`): then without it. */
export function anchoredRegex(value: string): RegExp {
  try {
    return new RegExp(`^(?:${value})$`, "u");
  } catch {
    return new RegExp(`^(?:${value})$`);
  }
}

export function matcherMatches(m: Matcher, labels: Labels): boolean {
  const value = Object.hasOwn(labels, m.name) ? labels[m.name]! : "";
  if (m.type === "=") return value === m.value;
  if (m.type === "!=") return value !== m.value;
  const found = anchoredRegex(m.value).test(value);
  return m.type === "=~" ? found : !found;
}

/** A silence applies to an alert when every one of its matchers matches the alert's labels. */
export function matchesLabels(matchers: Matcher[], labels: Labels): boolean {
  return matchers.every((m) => matcherMatches(m, labels));
}

/** A refusal: `error` in English, and its `sentence` with `values` for the person's language (lib/i18n/sentences). */
export type MatcherCheck = { ok: true; matchers: Matcher[] } | { ok: false; error: string; sentence: string; values?: Record<string, string> };

const refusal = (text: string, values?: Record<string, string>) => ({ ok: false as const, error: fillSentence(text, values), sentence: text, values });

/**
 * What Alertmanager accepts for a silence (silence.go validateSilence), checked before asking it: at least one
 * matcher, valid label names and regexes, and one matcher that does not match the empty string (else the
 * silence would cover every alert).
 */
export function checkMatchers(matchers: Matcher[]): MatcherCheck {
  if (matchers.length === 0) return refusal(sentence("Give at least one matcher, such as job=\"postgres\"."));
  for (const m of matchers) {
    if (!LABEL_NAME.test(m.name)) return refusal(sentence("\"{name}\" is not a label name."), { name: m.name });
    if (m.type === "=~" || m.type === "!~") {
      try {
        anchoredRegex(m.value);
      } catch {
        return refusal(sentence("\"{value}\" is not a regular expression."), { value: m.value });
      }
    }
  }
  if (matchers.every((m) => matcherMatches(m, {}))) {
    return refusal(sentence("At least one matcher must not match an empty label, or the silence would cover every alert."));
  }
  return { ok: true, matchers };
}

/** Matchers as an operator writes them: `{job="postgres", instance=~"db-.*"}` (braces optional). */
export function parseMatcherText(text: string): MatcherCheck {
  let parsed: Matcher[];
  try {
    parsed = parseMatchers(text);
  } catch {
    return refusal(sentence("Write matchers such as job=\"postgres\", instance=~\"db-.*\"."));
  }
  return checkMatchers(parsed);
}

export const toApiMatchers = (matchers: Matcher[]): ApiMatcher[] =>
  matchers.map((m) => ({ name: m.name, value: m.value, isRegex: m.type === "=~" || m.type === "!~", isEqual: m.type === "=" || m.type === "=~" }));

// isEqual is absent from silences made by Alertmanagers before 0.22: true then.
export const fromApiMatchers = (matchers: ApiMatcher[]): Matcher[] =>
  matchers.map((m) => {
    const equal = m.isEqual !== false;
    const type: MatchType = m.isRegex ? (equal ? "=~" : "!~") : equal ? "=" : "!=";
    return { name: m.name, type, value: m.value };
  });

const quote = (s: string) => JSON.stringify(s);
export const formatMatchers = (matchers: Matcher[]) => `{${matchers.map((m) => `${m.name}${m.type}${quote(m.value)}`).join(", ")}}`;

/** The exact-match matchers of a group's labels, sorted by name: what a silence of that group needs. */
export const groupMatchers = (groupLabels: Labels): Matcher[] =>
  Object.keys(groupLabels).sort().filter((name) => groupLabels[name] !== "").map((name) => ({ name, type: "=" as const, value: groupLabels[name]! }));
