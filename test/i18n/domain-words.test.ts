import { describe, expect, it } from "vitest";
import { quorumPolicies } from "@/lib/domain/lifecycle/quorum";
import { stepInfo, steps } from "@/lib/domain/lifecycle/steps";
import { levels } from "@/lib/domain/priority";
import { eventTypes } from "@/lib/domain/timeline";
import { messages } from "@/messages";

// The domain modules name things by key (a step, an event type, a policy, a level); what a person reads about each
// is in the messages, in both languages, so no English written in lib/domain reaches a French reader.
const locales = ["en", "fr"] as const;
const at = (locale: (typeof locales)[number], path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages[locale]);
const missing = (locale: (typeof locales)[number], paths: string[]) => paths.filter((p) => typeof at(locale, p) !== "string" || !(at(locale, p) as string).trim());

describe.each(locales)("what the domain names has its words (%s)", (locale) => {
  it("each step: its name, what it means, its state, who acts", () => {
    expect(missing(locale, steps.flatMap((s) => ["label", "meaning", "state", "who"].map((f) => `lifecycle.steps.${s}.${f}`)))).toEqual([]);
  });

  it("each timeline event type, so the timeline and the REX never fall back to the code's wording", () => {
    expect(missing(locale, Object.keys(eventTypes).map((type) => `lifecycle.events.${type}`))).toEqual([]);
  });

  it("each validation policy, in the settings and on the ticket", () => {
    expect(missing(locale, quorumPolicies.flatMap((p) => [`admin.settings.quorumPolicies.${p}`, `tickets.quorum.policy.${p}`]))).toEqual([]);
  });

  it("each impact and urgency level, and each priority", () => {
    expect(missing(locale, [...levels.map((l) => `admin.levels.${l}`), ...[...levels, 6].map((p) => `admin.priorities.${p}`)])).toEqual([]);
  });
});

it("in French, each step is called by the plan's own name", () => {
  expect(steps.map((s) => at("fr", `lifecycle.steps.${s}.label`))).toEqual(steps.map((s) => stepInfo[s].planName));
});
