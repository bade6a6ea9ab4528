import { describe, expect, it } from "vitest";
import { notificationModesFormSchema } from "./notifications";
import { channelFormSchema, escalationPolicyFormSchema, overrideFormSchema, rotationFormSchema } from "./oncall";

const A = "11111111-1111-4111-8111-111111111111";
const B = "22222222-2222-4222-8222-222222222222";

describe("the rotation form", () => {
  it.each([
    [{ "member.1": B, "member.0": A, "member.2": "", handOver: "weekly", handOverTime: "09:00", startDate: "2026-12-07" }, [A, B]],
    [{ "member.0": A, "member.1": A, handOver: "daily", handOverTime: "00:00", startDate: "2026-12-07" }, [A]], // once each
    [{ "member.10": B, "member.2": A, handOver: "daily", handOverTime: "23:59", startDate: "2026-12-07" }, [A, B]], // turn order, not text order
  ])("%j → %j", (form, members) => {
    expect(rotationFormSchema.parse(form).memberIds).toEqual(members);
  });

  it.each([
    [{ "member.0": A, handOver: "monthly", handOverTime: "09:00", startDate: "2026-12-07" }, "handOver"],
    [{ "member.0": A, handOver: "daily", handOverTime: "24:00", startDate: "2026-12-07" }, "handOverTime"],
    [{ "member.0": "someone", handOver: "daily", handOverTime: "09:00", startDate: "2026-12-07" }, "memberIds.0"],
  ])("refuses %j at %s", (form, path) => {
    const result = rotationFormSchema.safeParse(form);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("the escalation policy form", () => {
  const row = (p: number, enabled: boolean, level: string, repeat = "0", rounds = "1") => ({ ...(enabled ? { [`esc.${p}.enabled`]: "on" } : {}), [`esc.${p}.level`]: level, [`esc.${p}.repeat`]: repeat, [`esc.${p}.rounds`]: rounds });
  const all = (override: Record<string, string> = {}) => ({ ...row(1, false, "60"), ...row(2, false, "60"), ...row(3, true, "30"), ...row(4, true, "15", "60", "2"), ...row(5, true, "0.5"), ...row(6, true, "5", "15", "3"), ...override });

  it("reads each priority's row, decimals included", () => {
    const policy = escalationPolicyFormSchema.parse(all());
    expect(policy[6]).toEqual({ enabled: true, levelMinutes: 5, repeatMinutes: 15, rounds: 3 });
    expect(policy[5]).toEqual({ enabled: true, levelMinutes: 0.5, repeatMinutes: 0, rounds: 1 });
    expect(policy[1].enabled).toBe(false);
  });

  it.each([
    [{ "esc.6.level": "0.1" }, "6.levelMinutes"],
    [{ "esc.4.rounds": "11" }, "4.rounds"],
    [{ "esc.3.repeat": "-1" }, "3.repeatMinutes"],
  ])("refuses %j at %s", (override, path) => {
    const result = escalationPolicyFormSchema.safeParse(all(override));
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("overrides, channels and notification modes", () => {
  it.each([
    [{ userId: A, startsAt: "2026-12-05T00:00", endsAt: "2026-12-06T00:00" }, null],
    [{ userId: A, startsAt: "2026-12-05T00:00", endsAt: "2026-12-05T00:00" }, "endsAt"],
    [{ userId: "x", startsAt: "2026-12-05T00:00", endsAt: "2026-12-06T00:00" }, "userId"],
    [{ userId: A, startsAt: "Saturday", endsAt: "2026-12-06T00:00" }, "startsAt"],
  ])("override %j: %s", (form, path) => {
    const result = overrideFormSchema.safeParse(form);
    expect(result.success ? null : result.error.issues[0]!.path.join(".")).toBe(path);
  });

  it.each([
    [{ name: "Chat", url: "https://chat.example.org/hooks/x", format: "TEXT" }, null],
    [{ name: "Chat", url: "ftp://chat.example.org/", format: "TEXT" }, "url"],
    [{ name: "Chat", url: "https://chat.example.org/", format: "TEXT", secretHeaderName: "X-Token" }, "secretHeaderValue"],
    [{ name: "Chat", url: "https://chat.example.org/", format: "TEXT", secretHeaderName: "X Token", secretHeaderValue: "v" }, "secretHeaderName"],
  ])("channel %j: %s", (form, path) => {
    const result = channelFormSchema.safeParse(form);
    expect(result.success ? null : result.error.issues[0]!.path.join(".")).toBe(path);
  });

  it("reads one mode per event, and refuses an unknown one", () => {
    const form = { "mode.ticket.registered": "digest", "mode.ticket.assigned": "immediate", "mode.ticket.validation_requested": "off", "mode.validation.refused": "immediate", "mode.ticket.closed": "digest" };
    expect(notificationModesFormSchema.parse(form)).toMatchObject({ "ticket.registered": "digest", "ticket.validation_requested": "off" });
    expect(notificationModesFormSchema.safeParse({ ...form, "mode.ticket.closed": "loud" }).success).toBe(false);
  });
});
