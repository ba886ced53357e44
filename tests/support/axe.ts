import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** axe-core's serious and critical violations on the page, as "id: help (n nodes)" lines. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}
