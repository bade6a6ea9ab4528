import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { isSecurityEventType, securityEventKey, securityEventTypes } from "./security-events";

describe("security event types", () => {
  it.each([
    ["signin.failed", "signin_failed"],
    ["signout", "signout"],
    ["mfa.recovery_used", "mfa_recovery_used"],
  ] as const)("%s is named by the message %s", (type, key) => {
    expect(securityEventKey(type)).toBe(key);
  });

  it("each has its name in both languages", () => {
    for (const type of securityEventTypes) {
      expect(messages.en.admin.security.events[securityEventKey(type)], type).toBeTruthy();
      expect(messages.fr.admin.security.events[securityEventKey(type)], type).toBeTruthy();
    }
  });

  it.each([
    ["user.created", true],
    ["constructor", false],
    ["signin_failed", false],
  ])("%s is a known type: %s", (type, known) => {
    expect(isSecurityEventType(type)).toBe(known);
  });
});
