/**
 * An unexplained long number is an identifier, in any language.
 *
 * A run of 9 to 16 digits, bare or in 2-6 digit groups split by a space, dot, hyphen or slash,
 * with at most one letter joined to it ("1520314123456", "123 456 789", "046-454-286",
 * "7805 1234 5678", "A12345678"), is someone's identifier unless the text explains it as a public
 * or clinical number: a phone (its own detector), a product, trial, publication, code-system or
 * regulator number, a price, a measurement with its unit, a date, an IP address, a thousands-
 * formatted amount, or a number in a sentence about a phone line.
 *
 * Level, from evidence that needs no knowledge of the language:
 * - block when a label precedes it: a short word or abbreviation ending in ':' or in 'no', 'nr',
 *   'n°', '#' or '№' ("CNP: ...", "Ausweis-Nr. ...", "BI n° ..."), or an upper-case abbreviation
 *   of 2-6 letters of any script ("AMKA 0101...", "СНИЛС 123-456-789 01");
 * - block when the sentence before it is about the patient or a relative ("his", "pt", "mother");
 * - block when its digits pass a check rule that identity numbers use (Luhn, weighted mod 11,
 *   Verhoeff), it has at least 10 digits and no spaces (phones are written with spaces): any
 *   number passes one of the three about one time in three, so this only settles runs and
 *   hyphenated numbers that nothing else explains;
 * - warn otherwise, for the author to confirm.
 */
import { countDigits, sentenceStart, textAfter, textBefore, UNIT_AFTER } from "../context";
import type { RawFinding } from "../types";
import { luhnValid, verhoeffValid } from "./id-check-digits";

/**
 * The number: a first group, up to five separated groups, an optional letter. Each group is
 * bounded and every repetition starts with a separator, so a match is linear. It starts at a digit
 * (a letter before it is read in code: trying every letter of the text as a prefix is slower).
 */
const LONG_NUMBER = /(?<![\p{N}_.,/$+])\d{2,16}(?:[ ./-]\d{2,6}){0,5}(?:-?\p{L})?(?![\p{L}\p{N}_]|[.,/-]\d)/gu;
/** A one-letter prefix joined to the number ("A12345678", "K-1234567890"), not the end of a word. */
const LETTER_PREFIX = /(?:^|[^\p{L}\p{N}_.,/$+-])(\p{L}-?)$/u;
/** Public number words and code systems before the number (any language's acronyms are Latin). */
const PUBLIC_BEFORE =
  /\b(?:ORCID|Scopus|ISBN|ISSN|DOI|PMID|PMCID|NCT|EudraCT|ISRCTN|NDC|PZN|DIN|EAN|GTIN|UPC|SKU|ATC|CPT|ICD|CIM|CID|OPS|LOINC|SNOMED|SCTID|GenBank|RefSeq|lot|lote|batch|charge|serie|version|ver|v|vol|pp?|pages?|model|catalog(?:ue)?|cat|ref|item|product|article|order|tracking|invoice|registry|trial|study|protocol|grant|award|NIH|FDA|EMA|ANVISA|population|budget|total|sum|price|cost|USD|EUR|GBP|CHF|ZAR|INR|RUB|UAH|IRR|AFN|BDT|LKR|THB|ETB|PEN|BOB|HUF|CZK|RON)\b\W{0,6}$/i;
/** A phone line is named in the sentence: the phone detector decides, public or not. */
const PHONE_WORD =
  /\b(?:tel|tél|phone|fone|telefon[eo]?|téléphone|teléfono|telefone|тел|телефон|call|ring|dial|hotline|helpline|line|línea|linha|ligne|disque|ligue|llame|appelez|fono|whats ?app|viber|telegram|mobile|mobil|móvil|cell|fax|sms|SOS)\b/i;
const CURRENCY = /\p{Sc}|\b(?:Rs|Tk|Ft|Kč|zł|lei|birr|soles?|Bs|dollars?|euros?|rubles?|roubles?|hryvnias?|rials?|afghanis?|taka|rupees?|baht|forint)\b/iu;
const DATE_INSIDE = /(?:^|\D)(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})(?:\D|$)/;
const IP_SHAPE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** 8 000 000, 1.250.000, 12 345 678: an amount with thousands separators ending in zeros. */
const THOUSANDS_AMOUNT = /^\d{1,3}(?:([ .])\d{3})(?:\1\d{3})*$/;
/** A label right before: "CNP:", "Ausweis-Nr.", "BI n°", "#", "№", "AMKA", "СНИЛС". */
const LABEL_BEFORE = /(?:[\p{L}\p{M}][\p{L}\p{M}.'’/-]{0,20}\s?(?:\bno|\bnr|\bn[°º]|#|№)\.?|[\p{L}\p{M}][\p{L}\p{M}.'’/ -]{0,20}\s?:|#|№)\s{0,2}$|(?:^|[^\p{L}])\p{Lu}{2,6}\s?$/u;
/** The sentence is about the patient or a relative. */
const PERSON_BEFORE =
  /\b(?:patient|pt|pt's|patient's|paciente|patiente|patientin|pacient|pacjent|her|his|she|he|mother|father|son|daughter|wife|husband|brother|sister|child|baby|mom|dad|client)\b/i;

/** Weighted mod 11: weights 2, 3, 4, ... from the right of the payload; check 11 - sum mod 11. */
function mod11Valid(digits: string): boolean {
  const n = digits.length - 1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (digits.charCodeAt(n - 1 - i) - 48) * ((i % 8) + 2);
  const check = (11 - (sum % 11)) % 11;
  return check < 10 && check === digits.charCodeAt(n) - 48;
}

/** True when the text explains the number as public or clinical. */
function explained(text: string, start: number, end: number, value: string, digits: string): boolean {
  const before = textBefore(text, start, 40);
  const after = textAfter(text, end, 16);
  if (PUBLIC_BEFORE.test(before) || UNIT_AFTER.test(after) || CURRENCY.test(textBefore(text, start, 4)) || CURRENCY.test(after.slice(0, 10))) return true;
  // Toll-free and shared-cost service numbers (0800, 1-800, 0300, 1300) are public lines.
  if (/^(?:0800|0808|0300|0500|0900|1800|1300|1-800|800|900)[ .-]/.test(value)) return true;
  // A country code or an area code in parentheses belongs to a phone number.
  if (/(?:\+\d{1,4}|\(\d{1,5}\)|\b00\d{1,3})[ .-]?$/.test(before)) return true;
  // An ORCID (0000-0002-1825-0097) is a public researcher identifier.
  if (DATE_INSIDE.test(value) || IP_SHAPE.test(value) || value.startsWith("0000-")) return true;
  // "2019 2020 2021": a list of years.
  if (/^(?:(?:19|20)\d\d[ ,/-]{1,2})+(?:19|20)\d\d$/.test(value)) return true;
  if (THOUSANDS_AMOUNT.test(value) && /000$/.test(digits)) return true;
  return PHONE_WORD.test(text.slice(sentenceStart(text, start, 120), start));
}

/**
 * `publicBefore` is the caller's own test of the text before a number (product, regulator and
 * measurement words it already knows), so that both detectors explain a number the same way.
 */
export function detectUnexplainedNumbers(text: string, publicBefore: (before: string) => boolean): RawFinding[] {
  const out: RawFinding[] = [];
  LONG_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(LONG_NUMBER)) {
    // Most matches are short numbers: count their digits before building anything.
    const count = countDigits(m[0]);
    if (count < 9 || count > 16) continue;
    const digits = m[0].replace(/\D/g, "");
    // Before the digits: nothing of a word, a hyphen of a range or code ("LAB-123..."), or one
    // letter that is the number's own prefix ("v1.2" is a version).
    const lead = text.slice(Math.max(0, m.index - 3), m.index);
    const prefix = LETTER_PREFIX.exec(lead)?.[1] ?? "";
    if (!prefix && /[\p{L}-]$/u.test(lead)) continue;
    if (/^v/i.test(prefix)) continue;
    const start = m.index - prefix.length;
    const value = prefix + m[0];
    const end = m.index + m[0].length;
    if (explained(text, start, end, value, digits) || publicBefore(textBefore(text, start, 30))) continue;
    const before = textBefore(text, start, 30);
    const sentence = text.slice(sentenceStart(text, start, 160), start);
    // Phone numbers are written with spaces; a checked identity number is copied as one run or with
    // its own hyphens, dots or slashes.
    const checked = digits.length >= 10 && !value.includes(" ") && (luhnValid(digits) || mod11Valid(digits) || verhoeffValid(digits));
    const block = LABEL_BEFORE.test(before) || PERSON_BEFORE.test(sentence) || checked;
    out.push({ category: "other_id", start, end, level: block ? "block" : "warn", priority: block ? 35 : 15, yieldsToPhone: true });
  }
  return out;
}
