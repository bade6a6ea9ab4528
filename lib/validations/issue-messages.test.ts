import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createApiTokenSchema, revokeApiTokenSchema } from "./api-token";
import { issueMessages, issueSentence } from "./issue-messages";
import { createRiskSchema, updateRiskSchema } from "./risk";
import { createUserSchema } from "./user";

const fieldErrors = (schema: z.ZodType, data: unknown, locale: "en" | "fr") => {
  const parsed = schema.safeParse(data, { error: issueMessages(locale) });
  if (parsed.success) throw new Error("expected a refusal");
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "form", i.message]));
};

// Zod's own wording, which no person should read: "Invalid input: expected string, received undefined", "Too small…".
const zodWording = /Invalid input|Too (small|big)|expected|received|Entrée invalide|Trop (petit|grand)|attendu/;

const risk = { code: "R7", description: "Disk full", impact: "2", probability: "3", consequences: "Writes fail" };
const cases = [
  ["a field left out", createUserSchema, { email: "a@example.org", role: "ADMIN" }, "name", "Ce champ est obligatoire.", "This field is required."],
  ["a name too long", createApiTokenSchema, { name: "x".repeat(81), purpose: "API", role: "OBSERVER" }, "name", "Au plus 80 caractères.", "At most 80 characters."],
  ["days that are not a number", createApiTokenSchema, { name: "am", purpose: "ALERTMANAGER", expiresInDays: "soon" }, "expiresInDays", "Saisissez un nombre.", "Enter a number."],
  ["a version below zero", updateRiskSchema, { ...risk, riskId: "7a3c3a43-7c1e-4d8e-9b55-0c6a2f1e2b11", version: "-1" }, "version", "Au moins 0.", "At least 0."],
  ["a description past its limit", createRiskSchema, { ...risk, description: "x".repeat(2_001) }, "description", "Au plus 2\u202f000 caractères.", "At most 2,000 characters."],
  ["a broken identifier", revokeApiTokenSchema, { tokenId: "not-an-id" }, "tokenId", "Cet identifiant n’est pas valide.", "This identifier is not valid."],
  ["a strategy that does not exist", createRiskSchema, { ...risk, strategy: "IGNORE" }, "strategy", "Choisissez l’une des options.", "Choose one of the options."],
] as const;

describe("a shared schema's refusals, in the person's language", () => {
  it.each(cases)("%s", (_name, schema, data, field, french, english) => {
    expect(fieldErrors(schema, data, "fr")[field]).toBe(french);
    expect(fieldErrors(schema, data, "en")[field]).toBe(english);
  });

  it("keeps a schema's own sentence (translated later, at the boundary, from the catalog)", () => {
    expect(fieldErrors(createUserSchema, { email: "a@example.org", name: "", role: "ADMIN" }, "fr").name).toBe("Enter a name.");
  });

  it("never shows zod's own wording, in either language", () => {
    for (const [, schema, data] of cases) for (const locale of ["en", "fr"] as const) {
      expect(Object.values(fieldErrors(schema, data, locale)).join(" | ")).not.toMatch(zodWording);
    }
  });

  it("answers each parse in its own language when both run together (nothing global is set)", async () => {
    const [fr, en] = await Promise.all([
      Promise.resolve().then(() => fieldErrors(revokeApiTokenSchema, {}, "fr")),
      Promise.resolve().then(() => fieldErrors(revokeApiTokenSchema, {}, "en")),
    ]);
    expect([fr.tokenId, en.tokenId]).toEqual(["Ce champ est obligatoire.", "This field is required."]);
    expect(z.string().safeParse(1).error!.issues[0]!.message).toMatch(/^Invalid input/); // zod's default is untouched
  });
});

describe("issueSentence", () => {
  const issueOf = (schema: z.ZodType, input: unknown) => {
    let seen: Parameters<z.core.$ZodErrorMap>[0] | undefined;
    // Zod words a failed parse's issues only when its `error` is first read.
    void schema.safeParse(input, { error: (issue) => ((seen ??= issue), undefined) }).error;
    return issueSentence(seen!);
  };
  it.each([
    ["a missing string", z.string(), undefined, "This field is required.", undefined],
    ["an empty string", z.string().min(1), "", "This field is required.", undefined],
    ["a short password", z.string().min(8), "abc", "At least {minimum} characters.", { minimum: 8 }],
    ["a fraction", z.number().int(), 1.5, "Enter a whole number.", undefined],
    ["zero, not above it", z.number().gt(0), 0, "Greater than {minimum}.", { minimum: 0 }],
    ["ten, not below it", z.number().lt(10), 10, "Less than {maximum}.", { maximum: 10 }],
    ["too few items", z.array(z.string()).min(2), ["a"], "Choose at least {minimum}.", { minimum: 2 }],
    ["an email", z.email(), "nope", "Enter a valid email address.", undefined],
    ["a URL", z.url(), "nope", "Enter a valid URL, such as https://example.org.", undefined],
    ["a date-time", z.iso.datetime(), "yesterday", "Enter a valid date and time.", undefined],
    ["a pattern", z.string().regex(/^R\d+$/), "X", "This value does not have the expected form.", undefined],
    ["an enum", z.enum(["A", "B"]), "C", "Choose one of the options.", undefined],
    ["an empty enum", z.enum(["A", "B"]), "", "This field is required.", undefined],
    ["a multiple", z.number().multipleOf(5), 7, "Must be a multiple of {divisor}.", { divisor: 5 }],
    ["extra keys", z.strictObject({ a: z.string() }), { a: "x", b: 1, c: 2 }, "Unexpected fields: {keys}.", { keys: "b, c" }],
    ["a refinement", z.string().refine(() => false), "x", "This value is not valid.", undefined],
  ] as const)("%s → %s", (_name, schema, input, sentence, values) => {
    expect(issueOf(schema as z.ZodType, input)).toEqual(values ? { sentence, values } : { sentence });
  });
});
