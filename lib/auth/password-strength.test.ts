import { describe, expect, it } from "vitest";
import { passwordWeakness } from "./password-strength";

describe("passwordWeakness", () => {
  it.each([
    ["aaaaaaaaaa", "at least 12"],
    ["aaaaaaaaaaaa", "too easy"],
    ["ꝏꝏꝏꝏꝏꝏꝏꝏꝏꝏꝏꝏ", "too easy"],
    ["password1234", "too easy"],
    ["azertyuiop12", "too easy"],
    ["motdepasse123", "too easy"],
    ["123456789012", "too easy"],
    ["x".repeat(129), "at most 128"],
  ])("refuses %j", (password, reason) => {
    expect(passwordWeakness(password)).toContain(reason);
  });

  it.each(["correct horse battery staple", "Tramway-Orge-Piano-47", "k8#Vq2!mZr9@pL"])("accepts %j (no composition rules)", (password) => {
    expect(passwordWeakness(password)).toBeNull();
  });
});
