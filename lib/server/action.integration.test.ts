import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorWithRole } from "@/test/support/actors";
import { testDb } from "@/test/support/db";

// A server action as a person submits it, in their language: the form's refusals (zod's and the schema's own),
// the summary, and the confirmation all come back in French for a French person, in English for an English one.
const request = vi.hoisted(() => ({ locale: "fr", actor: undefined as Actor | undefined }));
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/guard", async (original) => ({
  ...(await original<typeof import("@/lib/auth/guard")>()),
  requireActor: async () => request.actor!,
}));
const { createApiTokenAction } = await import("@/lib/actions/tokens");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

beforeAll(async () => {
  request.actor = await actorWithRole("ADMIN");
});

describe("formAction answers in the person's language", () => {
  it.each([
    ["fr", "Certains champs sont à revoir.", "Au plus 80 caractères.", "Saisissez un nombre.", "Nommez le jeton d’après ce qui l’utilise."],
    ["en", "Some fields need attention.", "At most 80 characters.", "Enter a number.", "Name the token after what uses it."],
  ])("%s: refusals, zod's and the schema's, and nothing is created", async (locale, summary, tooLong, notANumber, schemaOwn) => {
    request.locale = locale;
    const name = `x${randomUUID()}`.padEnd(81, "x");
    const long = await createApiTokenAction(null, form({ name, purpose: "ALERTMANAGER", expiresInDays: "soon" }));
    expect(long).toEqual({ ok: false, error: summary, fieldErrors: { name: [tooLong], expiresInDays: [notANumber] } });
    const empty = await createApiTokenAction(null, form({ name: "", purpose: "ALERTMANAGER" }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: [schemaOwn] } });
    expect(await testDb().apiToken.count({ where: { name } })).toBe(0);
  });

  it("a missing field reads as required, not as zod's “expected string, received undefined”", async () => {
    request.locale = "fr";
    const result = await createApiTokenAction(null, form({ purpose: "ALERTMANAGER" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["Ce champ est obligatoire."] } });
  });

  it("confirms in French once the form is right", async () => {
    request.locale = "fr";
    const name = `am-${randomUUID().slice(0, 8)}`;
    const result = await createApiTokenAction(null, form({ name, purpose: "ALERTMANAGER" }));
    expect(result).toMatchObject({ ok: true, message: `Jeton « ${name} » créé.` });
    expect(await testDb().apiToken.count({ where: { name } })).toBe(1);
  });
});
