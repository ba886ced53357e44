import { DomainError, type FlaggedSpan } from "../errors";
import { scanForPhi } from "./scan-for-phi";
import type { PhiCategory } from "./types";

/**
 * The patient-identifier rule of every write: text is scanned before it is stored.
 * - Any `block` finding refuses the write with PHI_DETECTED, naming each field and its spans,
 *   so the form comes back with the text intact and each span highlighted.
 * - `warn` findings refuse it too until the author confirms "this is not patient information";
 *   the confirmation is then recorded by the caller (who, when, which categories — never text).
 * Returns the warned categories the author confirmed (empty when there were none).
 */
export function screenForPhi(fields: Record<string, string>, confirmedNotPhi: boolean): PhiCategory[] {
  const blocked: Record<string, FlaggedSpan[]> = {};
  const warned: Record<string, FlaggedSpan[]> = {};
  const warnedCategories = new Set<PhiCategory>();
  for (const [field, text] of Object.entries(fields)) {
    for (const finding of scanForPhi(text)) {
      const span: FlaggedSpan = { category: finding.category, level: finding.level, start: finding.start, end: finding.end, message: finding.message };
      if (finding.level === "block") (blocked[field] ??= []).push(span);
      else {
        (warned[field] ??= []).push(span);
        warnedCategories.add(finding.category);
      }
    }
  }
  if (Object.keys(blocked).length > 0) {
    const spans: Record<string, FlaggedSpan[]> = {};
    for (const field of new Set([...Object.keys(blocked), ...Object.keys(warned)])) {
      spans[field] = [...(blocked[field] ?? []), ...(warned[field] ?? [])].sort((a, b) => a.start - b.start);
    }
    const fieldMessages = Object.fromEntries(Object.entries(blocked).map(([field, list]) => [field, list[0]!.message]));
    throw new DomainError(
      "PHI_DETECTED",
      "This looks like it could identify a patient. Change the highlighted parts and post again; your text is kept.",
      fieldMessages,
      undefined,
      spans,
    );
  }
  if (warnedCategories.size > 0 && !confirmedNotPhi) {
    const fieldMessages = Object.fromEntries(Object.entries(warned).map(([field, list]) => [field, list[0]!.message]));
    throw new DomainError(
      "PHI_DETECTED",
      "Some highlighted parts might identify a patient. Change them, or confirm that they are not patient information.",
      { ...fieldMessages, confirmNotPhi: "Tick the box if the highlighted parts are not patient information." },
      undefined,
      warned,
    );
  }
  return [...warnedCategories];
}
