import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * What is wrong with the page a person sees: WCAG 2.1 AA violations (axe-core), and ids used twice (a label
 * then names another form's control: axe's own duplicate-id rules are retired, the defect is not).
 */
export async function violations(page: Page): Promise<string[]> {
  // A colour read mid-transition is neither state's: the sign-in button, enabled at hydration, fades from its
  // disabled 60 % background in 150 ms, and axe measured white on #66a5cb once (2.68:1). Settled first (≤ 2 s).
  const settled = () => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity);
  await page.waitForFunction(settled, undefined, { timeout: 2_000, polling: 50 }).catch(() => {});
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const axe = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll("[id]")) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `duplicate id "${id}" (${n})`);
  });
  return [...axe, ...duplicates];
}

/** How much wider than the viewport the page is, and the innermost elements that stick out ("" when it fits). */
export async function overflow(page: Page): Promise<string> {
  return page.evaluate(() => {
    const wider = document.documentElement.scrollWidth - window.innerWidth;
    if (wider <= 0) return "";
    const out = [...document.body.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5);
    const innermost = out.filter((e) => !out.some((o) => o !== e && e.contains(o)));
    const name = (e: Element) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.classList.length ? `.${[...e.classList].slice(0, 4).join(".")}` : ""}`;
    return `${wider}px wider than the screen: ${innermost.slice(0, 3).map(name).join(" | ")}`;
  });
}

/**
 * The choices a closed select would show cut: a select shows its chosen option's text in one line and clips the
 * rest, so each option is measured (canvas, the select's own font) against the select's room for text.
 */
export async function cutChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement("canvas").getContext("2d")!;
    const cut: string[] = [];
    for (const select of document.querySelectorAll("select")) {
      const box = select.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(select);
      context.font = style.font;
      // Chromium draws a native select's arrow inside the content box: 20 px of it (a select of auto width is its
      // longest choice's text and those 20 px); a select drawn without appearance keeps its arrow in its padding.
      const arrow = style.appearance === "none" ? 0 : 20;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
      for (const option of select.options) {
        const width = context.measureText(option.text).width;
        if (width > room + 0.5) cut.push(`${select.getAttribute("aria-label") ?? select.name}: "${option.text}" needs ${Math.ceil(width)}px of ${Math.floor(room)}`);
      }
    }
    return cut;
  });
}
