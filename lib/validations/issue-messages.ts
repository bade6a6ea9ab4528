import type { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { translateSentence } from "@/lib/i18n/sentences";

type Issue = z.core.$ZodRawIssue;
type Said = { sentence: string; values?: Record<string, string | number> };

// Zod's own messages ("Too small: expected string to have >=1 characters") are written for developers, in English,
// and its locales are one global setting for a server that answers in both languages at once. A schema's own
// sentences win; for the rest, each parse of what a person typed takes this map in that person's language.
const empty = (input: unknown) => input === undefined || input === null || input === "";

function typeSentence(issue: Extract<Issue, { code: "invalid_type" }>): string {
  if (empty(issue.input)) return "This field is required.";
  if (issue.expected === "int") return "Enter a whole number.";
  if (issue.expected === "number" || issue.expected === "bigint") return "Enter a number.";
  if (issue.expected === "date") return "Enter a valid date.";
  return "This value is not valid.";
}

function sizeSentence(issue: Extract<Issue, { code: "too_small" | "too_big" }>): Said {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const values: Record<string, number> = small ? { minimum: bound } : { maximum: bound };
  switch (issue.origin) {
    case "string":
      if (small && bound <= 1) return { sentence: "This field is required." };
      return { sentence: small ? "At least {minimum} characters." : "At most {maximum} characters.", values };
    case "array":
    case "set":
      return { sentence: small ? "Choose at least {minimum}." : "Choose at most {maximum}.", values };
    case "date":
      return { sentence: small ? "This date is too early." : "This date is too late." };
    case "file":
      return { sentence: small ? "The file is too small." : "The file is too large." };
    default:
      if (issue.inclusive === false) return { sentence: small ? "Greater than {minimum}." : "Less than {maximum}.", values };
      return { sentence: small ? "At least {minimum}." : "At most {maximum}.", values };
  }
}

const formats: Record<string, string> = {
  email: "Enter a valid email address.",
  url: "Enter a valid URL, such as https://example.org.",
  uuid: "This identifier is not valid.",
  guid: "This identifier is not valid.",
  datetime: "Enter a valid date and time.",
  date: "Enter a valid date.",
  time: "Enter a valid time.",
};

/** The English sentence (with its values) for an issue the schema left unworded. */
export function issueSentence(issue: Issue): Said {
  switch (issue.code) {
    case "invalid_type": return { sentence: typeSentence(issue) };
    case "too_small":
    case "too_big": return sizeSentence(issue);
    case "invalid_format": return { sentence: formats[issue.format] ?? "This value does not have the expected form." };
    case "invalid_value": return { sentence: empty(issue.input) ? "This field is required." : "Choose one of the options." };
    case "not_multiple_of": return { sentence: "Must be a multiple of {divisor}.", values: { divisor: Number(issue.divisor) } };
    case "unrecognized_keys": return { sentence: "Unexpected fields: {keys}.", values: { keys: issue.keys.join(", ") } };
    // A form field is its real type or an empty string (`.optional().or(z.literal(""))`): the first alternative's
    // refusal, already worded by this map or the schema, says what is wrong.
    case "invalid_union": return { sentence: issue.errors[0]?.[0]?.message ?? "This value is not valid." };
    default: return { sentence: "This value is not valid." };
  }
}

/** The error map for a parse of what a person typed: `schema.safeParse(data, { error: issueMessages(locale) })`. */
export function issueMessages(locale: Locale): z.core.$ZodErrorMap {
  const number = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB");
  return (issue) => {
    const { sentence, values } = issueSentence(issue);
    const shown = values && Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? number.format(v) : v]));
    return translateSentence(sentence, locale, shown);
  };
}
