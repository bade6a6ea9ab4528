import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { authOptions } from "./options";

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
