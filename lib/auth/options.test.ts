import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { MFA_REQUIRED } from "@/lib/validations/auth";
import { authOptions, requestLocale, shown } from "./options";
import { lockedError } from "./throttle-policy";

afterEach(() => {
  delete process.env.VIGIE_URL;
  resetEnv();
});

describe("session cookies", () => {
  it.each([
    ["https://vigie.example.org", true],
    ["http://localhost:3000", false],
  ])("served at %s: secure cookies %s", (url, secure) => {
    process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-0123456789abcdef0123";
    process.env.VIGIE_URL = url;
    resetEnv();
    expect(authOptions().useSecureCookies).toBe(secure);
  });

  it("last as long as a server-side session may (SESSION_MAX_AGE)", () => {
    process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-0123456789abcdef0123";
    resetEnv();
    expect(authOptions().session?.maxAge).toBe(12 * 3600);
  });
});

describe("sign-in errors", () => {
  it.each([
    ["the remembered choice first", { cookie: "a=b; vigie-locale=fr", "accept-language": "en-US" }, "fr"],
    ["then the browser", { "accept-language": "fr-FR,fr;q=0.9" }, "fr"],
    ["else the default", { "accept-language": "de" }, "en"],
  ])("are in the request's language: %s", (_, headers, expected) => {
    resetEnv();
    expect(requestLocale(headers)).toBe(expected);
  });

  it("translate the use case's sentence with its values, and keep MFA_REQUIRED a code the form recognises", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(shown(new AppError("UNAUTHENTICATED", "Wrong email or password, or the account is deactivated."), "sign-in", "fr").message).toBe("Adresse e-mail ou mot de passe incorrect, ou compte désactivé.");
    expect(shown(lockedError(45_000), "sign-in", "fr").message).toBe("Trop de tentatives de connexion. Réessayez dans 45 secondes.");
    expect(shown(lockedError(45_000), "sign-in", "en").message).toBe("Too many sign-in attempts. Try again in 45 seconds.");
    expect(shown(new AppError("UNAUTHENTICATED", MFA_REQUIRED), "sign-in", "fr").message).toBe(MFA_REQUIRED);
    expect(shown(new Error("ECONNREFUSED"), "sign-in", "fr").message).toBe("La connexion est indisponible pour le moment. Réessayez dans une minute.");
  });
});
