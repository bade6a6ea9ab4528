import { describe, expect, it } from "vitest";
import { criticalities } from "@/lib/domain/risk";
import { contrast, difference } from "@/test/support/colour";
import { criticalityPalette, criticalityStyle, type Scheme } from "./criticality-palette";

const schemes: Scheme[] = ["light", "dark"];

describe("the colour measures", () => {
  it.each([
    ["#ffffff", "#000000", 21],
    ["#767676", "#ffffff", 4.54],
    ["#ffffff", "#ffffff", 1],
  ])("contrast of %s on %s is %s:1", (a, b, ratio) => expect(contrast(a, b)).toBeCloseTo(ratio, 2));

  it("finds two near-black browns close and two hues apart far", () => {
    expect(difference("#451a03", "#431407")).toBeLessThan(3); // the old dark moderate and high
    expect(difference("#15803d", "#be123c")).toBeGreaterThan(25);
  });
});

describe.each(schemes)("the criticality palette, %s scheme", (scheme) => {
  const palette = criticalityPalette[scheme];

  it.each(criticalities)("%s: its text reads at 4.5:1 or more on its background", (criticality) => {
    const { background, text } = palette[criticality];
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it("tells each criticality from every other at a glance (OKLab distance 10 or more)", () => {
    const close = criticalities.flatMap((a, i) => criticalities.slice(i + 1).map((b) => [a, b, difference(palette[a].background, palette[b].background)] as const))
      .filter(([, , d]) => d < 10);
    expect(close).toEqual([]);
  });
});

it("hands each criticality's colours for both schemes to the classes", () => {
  expect(criticalityStyle("CRITICAL")).toEqual({
    "--crit-bg": criticalityPalette.light.CRITICAL.background, "--crit-fg": criticalityPalette.light.CRITICAL.text,
    "--crit-bg-dark": criticalityPalette.dark.CRITICAL.background, "--crit-fg-dark": criticalityPalette.dark.CRITICAL.text,
  });
});
