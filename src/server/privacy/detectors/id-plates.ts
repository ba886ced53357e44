/**
 * Vehicle registration plates: "7KLM392", "AB12 CDE", "ABC-123", "232-D-92596", "MH 27 BL 8392".
 *
 * Rules:
 * - A plate is one to five groups of capitals (1-3) and digits (1-4), joined by a space, a dash, a
 *   middle dot or nothing, with at least one letter and one digit, 4-10 characters in all, and not a clinical
 *   token (spine level "T12-L1", score "ISS 25", "COVID-19").
 * - Keyed ("plate", "rego", "reg.", "immatriculation"...): the first plate within a few words
 *   after the keyword blocks ("placa da moto GFD0B01").
 * - In a sentence that names a vehicle (car, ute, cab, motorbike, auto-rickshaw, voiture...), a
 *   plate of five or more characters blocks.
 * - Unkeyed, three national formats are distinctive enough to block anywhere: UK "AB12 CDE",
 *   French "AB-123-CD" and Indian "MH 27 BL 8392".
 */
import type { RawFinding } from "../types";
import { CLINICAL_LETTERS } from "./id-clinical-tokens";

/** Groups are joined by a space, a dash, or the middle dot of Chilean plates ("FXRT·62"). */
const PLATE = /(?<![A-Za-z0-9-])(?:[A-Z]{1,3}|\d{1,4})(?:[ ·-]?(?:[A-Z]{1,3}|\d{1,4})){0,4}(?![A-Za-z0-9]|-[A-Za-z0-9])/g;

const SPINE = /^[CTLS]\d{1,2}(?:[ -]?[CTLS]?\d{1,2})?$/;

/**
 * True when `token` has the shape of a plate and is not a clinical token. `keyed`: a plate word
 * ("reg", "rego", "plate") comes right before, so a long plate whose letters are also a clinical
 * abbreviation ("CA 412-998", a Cape Town plate) still counts; "CA 19-9" and "HR 120" do not.
 */
export function isPlate(token: string, minChars: number, keyed = false): boolean {
  const compact = token.replace(/[ ·-]/g, "");
  if (compact.length < minChars || compact.length > 10) return false;
  if (!/[A-Z]/.test(compact) || !/\d/.test(compact)) return false;
  if (SPINE.test(token)) return false;
  // "ISS 25", "PET SUV 9": a clinical abbreviation followed by its value. Single letters count
  // only in short tokens ("K 6"), not in a plate of three groups ("K-C 6901"); "VV-637-CD" ends in
  // letters, so its "CD" is no abbreviation.
  const groups = token.match(/[A-Z]+|\d+/g) ?? [];
  const longKeyed = keyed && compact.replace(/\D/g, "").length >= 5;
  for (let i = 0; i + 1 < groups.length && !longKeyed; i++) {
    const g = groups[i] ?? "";
    if (CLINICAL_LETTERS.has(g) && /^\d/.test(groups[i + 1] ?? "") && (g.length > 1 || groups.length <= 2) && groups.length <= 3) return false;
  }
  // A bare year or count with a one-letter tag ("T2", "G7", "V5") is a code, not a plate; so are
  // letters run into one or two digits ("SGLT2", "HER2", "CD34", "BRCA1").
  if (/^[A-Z]\d{1,3}$/.test(compact) || /^\d{1,3}[A-Z]$/.test(compact)) return false;
  if (/^[A-Z]{2,5}\d{1,2}$/.test(token)) return false;
  return true;
}

/**
 * "AHI 58", "TICI 3", "LKW 06": an unknown abbreviation and a number, separated by a space, is too
 * often clinical to be read as a plate from context alone. Joined ("7KLM392"), hyphenated
 * ("ABC-123") or three-group plates ("EM 29 CC GP") are not.
 */
function isContextPlate(token: string): boolean {
  // "Taxi (CA 418-222)": in a sentence that names a vehicle, six digits or more outweigh a region
  // code that is also a clinical abbreviation ("CA 19-9" has three).
  if (!isPlate(token, 5, token.replace(/\D/g, "").length >= 6)) return false;
  const m = /^([A-Z]{1,4}) (\d{1,4})$/.exec(token) ?? /^(\d{1,4}) ([A-Z]{1,4})$/.exec(token);
  if (!m) return true;
  return token.replace(/\D/g, "").length >= 4 && token.replace(/[^A-Z]/g, "").length >= 3;
}

/**
 * How far past its start a PLATE match reads: five groups of up to four characters, four joiners
 * (24), and two characters of lookahead.
 */
const PLATE_REACH = 26;

/** The first plate within [from, to), or null. `keyed`: see isPlate. */
export function plateIn(text: string, from: number, to: number, minChars = 4, keyed = false): { start: number; end: number } | null {
  // A match starting before `to` reads nothing before from - 1 or past to + PLATE_REACH: the scan
  // runs over that window, not on to the end of the post when no plate is there.
  const base = Math.max(0, from - 1);
  const window = text.slice(base, to + PLATE_REACH);
  PLATE.lastIndex = from - base;
  for (;;) {
    const m = PLATE.exec(window);
    if (!m || base + m.index >= to) return null;
    const start = base + m.index;
    const end = start + m[0].length;
    if (end <= to && (minChars === 0 ? isContextPlate(m[0]) : isPlate(m[0], minChars, keyed))) return { start, end };
    if (m[0].length === 0) PLATE.lastIndex++;
  }
}

/**
 * Distinctive national formats: UK current, French SIV, Indian, Nigerian ("KJA-482FX"), Vietnamese
 * ("43B1-482.17"), Chinese (province character),
 * Japanese (office name, class number, one kana, 2-2 digits: "品川 330 な 12-34"), Korean (two or
 * three digits, one Hangul syllable, four digits: "34나 5678").
 */
const DISTINCTIVE =
  /(?<![A-Za-z0-9-])(?:[A-Z]{2}\d{2} [A-Z]{3}|[A-Z]{2}-\d{3}-[A-Z]{2}|[A-Z]{2}[ -]\d{1,2}[ -][A-Z]{1,3}[ -]\d{4}|[A-Z]{3}-\d{3}[A-Z]{2}|\d{2}[A-Z]{1,2}\d?-\d{3}\.\d{2})(?![A-Za-z0-9]|-[A-Za-z0-9])|[\u4E00-\u9FFF][A-Z][·•.]?[A-Z0-9]{5,6}(?![A-Za-z0-9])|[\u4E00-\u9FFF]{1,4}[ \t]?\d{2,3}[ \t]?[\u3041-\u3096][ \t]?(?:\d{1,2}|[・·]{1,2}\d)-?\d{2}(?!\d)|(?<!\d)\d{2,3}[ \t]?[\uAC00-\uD7A3][ \t]?\d{4}(?!\d)/g;

/** Plates of five or more characters in [from, to), a sentence that names a vehicle. */
export function platesInSentence(text: string, from: number, to: number, out: RawFinding[]): void {
  let p = from;
  for (;;) {
    const plate = plateIn(text, p, to, 0);
    if (!plate) return;
    out.push({ category: "vehicle", start: plate.start, end: plate.end, level: "block", priority: 70 });
    p = plate.end;
  }
}

/** Plates in a distinctive national format, anywhere. */
export function detectPlates(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  DISTINCTIVE.lastIndex = 0;
  for (const m of text.matchAll(DISTINCTIVE)) {
    if (/^[\u4E00-\u9FFF]|[\uAC00-\uD7A3]/.test(m[0]) || isPlate(m[0], 5)) {
      out.push({ category: "vehicle", start: m.index, end: m.index + m[0].length, level: "block", priority: 75 });
    }
  }
  return out;
}
