import { describe, expect, it } from "vitest";
import { defaultPriorityMatrix } from "@/lib/domain/priority";
import { defaultSlaTargets } from "@/lib/domain/sla";
import { priorityMatrixFormSchema, slaTargetsFormSchema } from "./settings";

describe("settings forms", () => {
  const matrixForm = () => Object.fromEntries([1, 2, 3, 4, 5].flatMap((u) => [1, 2, 3, 4, 5].map((i) => [`m.${u}.${i}`, String(defaultPriorityMatrix[u as 1][i as 1])])));

  it("reads the matrix grid, major included", () => {
    const form = { ...matrixForm(), "m.5.5": "6", $ACTION_ID: "x" };
    const matrix = priorityMatrixFormSchema.parse(form);
    expect(matrix[5][5]).toBe(6);
    expect(matrix[1][1]).toBe(1);
  });

  it.each([["a missing cell", "m.3.3", undefined], ["a priority out of range", "m.3.3", "9"]])("refuses %s", (_name, key, value) => {
    const form: Record<string, string | undefined> = matrixForm();
    if (value === undefined) delete form[key];
    else form[key] = value;
    expect(priorityMatrixFormSchema.safeParse(form).success).toBe(false);
  });

  it("reads the SLA targets and refuses zero minutes", () => {
    const form = Object.fromEntries(([1, 2, 3, 4, 5, 6] as const).flatMap((p) => [[`sla.${p}.assign`, String(defaultSlaTargets[p].assignMinutes)], [`sla.${p}.solve`, String(defaultSlaTargets[p].solveMinutes)]]));
    expect(slaTargetsFormSchema.parse(form)).toEqual(defaultSlaTargets);
    expect(slaTargetsFormSchema.safeParse({ ...form, "sla.6.assign": "0" }).success).toBe(false);
  });
});
