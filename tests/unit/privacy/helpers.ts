import { scanForPhi, type PhiCategory, type PhiFinding, type PhiLevel } from "../../../src/server/privacy/index";

/** Fixed reference year so "born in 1931" reads the same in every year the tests run. */
export const REFERENCE_YEAR = 2025;

export interface Flagged {
  category: PhiCategory;
  level: PhiLevel;
  text: string;
}

export function scan(text: string): PhiFinding[] {
  return scanForPhi(text, { referenceYear: REFERENCE_YEAR });
}

/** Findings as {category, level, text}: readable in assertion failures. */
export function flagged(text: string): Flagged[] {
  return scan(text).map((f) => ({ category: f.category, level: f.level, text: text.slice(f.start, f.end) }));
}

export function blocks(text: string): Flagged[] {
  return flagged(text).filter((f) => f.level === "block");
}

export function warns(text: string): Flagged[] {
  return flagged(text).filter((f) => f.level === "warn");
}
