/**
 * A town with its five-digit postcode in brackets after it, as French posts write it: "Douarnenez
 * (29100)", "Saint-Flour (15100)". The bracketed code makes the capitalised words before it a
 * place; the whole is the address. Rule: the words are place words (no ordinary or clinical word,
 * not a region), the code is five digits, and nothing but a space stands between them. Two or four
 * digits in brackets are left alone: they are far more often a score or a count ("Wells (4)").
 */
import { isCommonWord, isNeverAName } from "../clinical-allowlist";
import { isRegionName } from "../lexicon/places";
import type { Detector, RawFinding, ScanContext } from "../types";

const TOWN_THEN_CODE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:[ -](?:(?:de|du|des|la|le|les|en|sur|sous|l['’]|d['’])[ -])?\p{Lu}[\p{Ll}'’]+){0,3})[ \t]\((\d{5})\)/gu;

export const detectTownWithCode: Detector = (ctx: ScanContext) => {
  const out: RawFinding[] = [];
  if (!ctx.text.includes("(")) return out;
  TOWN_THEN_CODE.lastIndex = 0;
  for (const m of ctx.text.matchAll(TOWN_THEN_CODE)) {
    const town = m[1] ?? "";
    const words = town.split(/[ -]/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.some((w) => isCommonWord(w) || isNeverAName(w)) || isRegionName(town)) continue;
    out.push({ category: "address", start: m.index, end: m.index + m[0].length, level: "block", priority: 60 });
  }
  return out;
};
