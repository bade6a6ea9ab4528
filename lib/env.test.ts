import { describe, expect, it } from "vitest";
import { authSecret, parseEnv, publicUrl } from "./env";

describe("parseEnv", () => {
  it("applies defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.VIGIE_DATA_DIR).toBe(".vigie");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a postgresql:\/\/ URL/],
    [{ NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32 characters/],
    [{ VIGIE_URL: "not a url" }, /VIGIE_URL/],
  ])("names the bad variable in %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("derives the public URL", () => {
    expect(publicUrl(parseEnv({ PORT: "4000" }))).toBe("http://localhost:4000");
    expect(publicUrl(parseEnv({ VIGIE_URL: "https://vigie.example.org/" }))).toBe("https://vigie.example.org");
  });

  it("requires a secret to serve", () => {
    expect(() => authSecret(parseEnv({}))).toThrow(/NEXTAUTH_SECRET is required/);
  });
});

describe("durations", () => {
  it.each([
    ["48h", 172_800_000],
    ["1h", 3_600_000],
    ["90s", 90_000],
    ["2d", 172_800_000],
  ])("%s", (text, ms) => {
    expect(parseEnv({ HEARTBEAT_PERIOD: text }).HEARTBEAT_PERIOD).toBe(ms);
  });

  it("names a bad duration", () => {
    expect(() => parseEnv({ HEARTBEAT_GRACE: "an hour" })).toThrow(/HEARTBEAT_GRACE must be a duration/);
  });
});
