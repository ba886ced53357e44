/**
 * A registry's "FAMILY, GIVEN" written all in capitals: "KIM, MIN-JUN", "O'SULLIVAN, BRIDGET M",
 * "OSULLIVAN, BRIDGET". Capitals hide the cases the other name rules read, so the two parts must
 * each be a name: the family part a listed family name or given name, or a name's shape; the
 * given part a listed given name, a name's shape or a romanised East Asian given name. Neither may
 * be an ordinary or clinical word ("COPD, ASTHMA", "ICU, CCU", "NOTE, PLEASE").
 */
import { isCommonWord, isNeverAName } from "../clinical-allowlist";
import { FIRST_NAMES } from "../lexicon/first-names";
import { hasNameShape, isSyllabicGivenName, nameKey } from "../lexicon/name-shapes";
import { SURNAMES } from "../lexicon/surnames";
import type { Detector, RawFinding, ScanContext } from "../types";

const CAPS_FAMILY_GIVEN = /(?<![\p{L}'’-])((?:O['’]|D['’])?[A-Z][A-Z'’]{1,24}(?:-[A-Z][A-Z'’]{1,24})?),[ \t]?([A-Z]{2,20}(?:-[A-Z]{2,20})?)(?:[ \t]([A-Z])\.?)?(?![\p{L}\d])/gu;

/** An ordinary or clinical word; a hyphenated word only when every part is one ("MIN-JUN" is not, for all "JUN" is). */
function ordinary(word: string): boolean {
  const isOrdinary = (part: string) => isCommonWord(part) || isNeverAName(part) || isNeverAName(part.toLowerCase());
  return isOrdinary(word) || word.split("-").every(isOrdinary);
}

function familyName(word: string): boolean {
  const key = nameKey(word);
  return SURNAMES.has(key) || FIRST_NAMES.has(key) || hasNameShape(word);
}

function givenName(word: string): boolean {
  const key = nameKey(word);
  return FIRST_NAMES.has(key) || hasNameShape(word) || (word.includes("-") && isSyllabicGivenName(word));
}

export const detectCapsFamilyGiven: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  if (!/[A-Z]{2},/.test(text)) return out;
  CAPS_FAMILY_GIVEN.lastIndex = 0;
  for (const m of text.matchAll(CAPS_FAMILY_GIVEN)) {
    const family = m[1] ?? "";
    const given = m[2] ?? "";
    if (family.replace(/['’-]/g, "").length < 2 || ordinary(family) || ordinary(given)) continue;
    if (!familyName(family) || !givenName(given)) continue;
    out.push({ category: "name", start: m.index, end: m.index + m[0].length, level: "block", priority: 70 });
  }
  return out;
};
