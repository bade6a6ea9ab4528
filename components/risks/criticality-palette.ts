import type { CSSProperties } from "react";
import type { Criticality } from "@/lib/domain/risk";

export type Swatch = { background: string; text: string };
export type Scheme = "light" | "dark";

// Each criticality's colours in each scheme, as sRGB so a test can measure them: text on background at least 4.5:1,
// and the four backgrounds far apart (green, amber, orange, rose; in dark mode mid-tone fills, not near-black ones,
// which made moderate, high and critical one muddy brown). The cell also says its criticality in words.
export const criticalityPalette: Record<Scheme, Record<Criticality, Swatch>> = {
  light: {
    LOW: { background: "#bbf7d0", text: "#14532d" },
    MODERATE: { background: "#fef08a", text: "#713f12" },
    HIGH: { background: "#fdba74", text: "#7c2d12" },
    CRITICAL: { background: "#fb7185", text: "#4c0519" },
  },
  dark: {
    LOW: { background: "#15803d", text: "#ffffff" },
    MODERATE: { background: "#f59e0b", text: "#09090b" },
    HIGH: { background: "#ea580c", text: "#09090b" },
    CRITICAL: { background: "#be123c", text: "#ffffff" },
  },
};

/** The classes that paint a criticality; `criticalityStyle` gives them its colours for both schemes. */
export const criticalityClass = "bg-(--crit-bg) text-(--crit-fg) dark:bg-(--crit-bg-dark) dark:text-(--crit-fg-dark)";

export function criticalityStyle(criticality: Criticality): CSSProperties {
  const { light, dark } = { light: criticalityPalette.light[criticality], dark: criticalityPalette.dark[criticality] };
  return { "--crit-bg": light.background, "--crit-fg": light.text, "--crit-bg-dark": dark.background, "--crit-fg-dark": dark.text } as CSSProperties;
}
