/**
 * National, social-security and health-insurance numbers found by their shape and check digits,
 * without a keyword ("CPF 635.148.422-72" and a bare "635.148.422-72" both block); VINs, Medicare
 * Beneficiary Identifiers and lab accessions, whose shapes alone are distinctive, share the pass.
 *
 * Rule: a candidate of an issuer's exact shape blocks only when its check digits (or, for numbers
 * without one, its embedded birth date) are valid, and no unit, measurement word or phone cue sits
 * next to it. Separators are the issuer's own (spaces, dashes, dots); the span is the number as
 * written. A few shapes are distinctive enough to block unchecked: a dotted CPF, a Belgian or
 * Chilean dotted number, a Medi-Cal BIC.
 */
import { textBefore, UNIT_AFTER } from "../context";
import type { PhiCategory, RawFinding } from "../types";
import * as check from "./id-check-digits";

interface NationalShape {
  /** Fewest letters and digits a candidate has: shapes longer than what is left are skipped. */
  min: number;
  /** Global regex; the whole match is the candidate. */
  re: RegExp;
  /** Receives the candidate with spaces, dashes, dots and slashes removed (letters upper-cased). */
  valid: (compact: string) => boolean;
  category: PhiCategory;
  /** A bare run of digits that phone numbers can share: refused after a phone cue. */
  phoneLike?: boolean;
}

const B = "(?<![\\w.,/+-])";
/** The characters B refuses before a candidate: [\w.,/+-], tested by code. */
function closesB(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 44 || c === 47 || c === 43 || c === 45;
}
const E = "(?![\\w]|[.,/-]\\w)";

const SHAPES: readonly NationalShape[] = [
  // UK NHS number (England, Wales, Isle of Man: 4xx, 6xx, 7xx), Scottish CHI (DDMMYY + 4) and an
  // Australian Medicare number: national health numbers, read as health plan numbers.
  {
    min: 10,
    re: new RegExp(`${B}\\d{3}[ -]?\\d{3}[ -]?\\d{4}${E}`, "g"),
    valid: (d) => (/^[467]/.test(d) && check.nhsNumberValid(d)) || check.chiNumberValid(d) || check.australianMedicareValid(d),
    category: "health_plan",
    phoneLike: true,
  },
  // Australian Medicare as printed: 4-5-1 digits, an optional individual reference number.
  { min: 10, re: new RegExp(`${B}[2-6]\\d{3} \\d{5} \\d(?: ?[/-]? ?\\d)?${E}`, "g"), valid: (d) => check.australianMedicareValid(d), category: "health_plan" },
  // Aadhaar: 12 digits, usually 4-4-4.
  { min: 12, re: new RegExp(`${B}[2-9]\\d{3}[ -]?\\d{4}[ -]?\\d{4}${E}`, "g"), valid: (d) => check.aadhaarValid(d), category: "ssn", phoneLike: true },
  // Brazilian CPF: dotted form blocks on shape, bare 11 digits with valid checks.
  { min: 11, re: new RegExp(`${B}\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}${E}`, "g"), valid: () => true, category: "ssn" },
  // 11 bare digits: a Brazilian CPF, a Turkish T.C. Kimlik, a Polish PESEL or a Norwegian
  // fødselsnummer, each with its own check digits (two of them, or one and a birth date).
  {
    min: 11,
    re: new RegExp(`${B}\\d{11}${E}`, "g"),
    valid: (d) => check.cpfValid(d) || check.turkishKimlikValid(d) || check.peselValid(d) || check.norwegianFnrValid(d),
    category: "ssn",
    phoneLike: true,
  },
  // Brazilian Cartão SUS (CNS): 15 digits, 3-4-4-4.
  { min: 15, re: new RegExp(`${B}[12789]\\d{2} ?\\d{4} ?\\d{4} ?\\d{4}${E}`, "g"), valid: (d) => check.cnsValid(d), category: "health_plan" },
  // French NIR: 13 characters and a 2-digit key, often spaced 1 85 05 78 006 084 36.
  {
    min: 15,
    re: new RegExp(`${B}[1-478] ?\\d{2} ?\\d{2} ?(?:\\d{2}|2[ABab]) ?\\d{3} ?\\d{3} ?\\d{2}${E}`, "g"),
    valid: (d) => check.frenchNirValid(d),
    category: "ssn",
  },
  // Canadian SIN as printed: 3-3-3 with spaces or dashes.
  { min: 9, re: new RegExp(`${B}\\d{3}[ -]\\d{3}[ -]\\d{3}${E}`, "g"), valid: (d) => check.canadianSinValid(d), category: "ssn", phoneLike: true },
  // South African ID (13 digits, birth date, Luhn) and Korean RRN (YYMMDD-NNNNNNN).
  { min: 13, re: new RegExp(`${B}\\d{13}${E}`, "g"), valid: (d) => check.southAfricanIdValid(d), category: "ssn" },
  { min: 13, re: new RegExp(`${B}\\d{6}-[1-8]\\d{6}${E}`, "g"), valid: (d) => check.koreanRrnValid(d), category: "ssn" },
  // Swedish personnummer (YYMMDD, Luhn) and Danish CPR number (DDMMYY, mod 11).
  { min: 10, re: new RegExp(`${B}(?:19|20)?\\d{6}[-+]\\d{4}${E}`, "g"), valid: (d) => check.swedishPersonnummerValid(d) || check.danishCprValid(d), category: "ssn" },
  // Finnish henkilötunnus: DDMMYY, a century sign, a serial and a check character.
  { min: 6, re: new RegExp(`${B}\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]${E}`, "g"), valid: (d) => check.finnishHetuValid(d), category: "ssn" },
  // Emirates ID 784-YYYY-NNNNNNN-C (Luhn) and Malaysian MyKad YYMMDD-PB-NNNN (date, birthplace).
  { min: 15, re: new RegExp(`${B}784-?\\d{4}-?\\d{7}-?\\d${E}`, "g"), valid: (d) => check.emiratesIdValid(d), category: "ssn" },
  { min: 12, re: new RegExp(`${B}\\d{6}-\\d{2}-\\d{4}${E}`, "g"), valid: (d) => check.myKadValid(d), category: "ssn" },
  // Indonesian NIK: 16 digits, a province code and a birth date.
  { min: 16, re: new RegExp(`${B}\\d{16}${E}`, "g"), valid: (d) => check.indonesianNikValid(d), category: "ssn" },
  // Belgian national number (85.07.30-033.28) and Chilean RUT (20.519.909-8): distinctive dots.
  { min: 11, re: new RegExp(`${B}\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}${E}`, "g"), valid: () => true, category: "ssn" },
  { min: 8, re: new RegExp(`${B}\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dkK](?![\\w])`, "g"), valid: () => true, category: "ssn" },
  // Australian IHI: 16 digits starting 800360.
  { min: 16, re: new RegExp(`${B}8003 ?60\\d{2} ?\\d{4} ?\\d{4}${E}`, "g"), valid: (d) => check.australianIhiValid(d), category: "health_plan" },
  // Letters and digits.
  { min: 14, re: new RegExp(`${B}9\\d{7}[A-Z]\\d{5}${E}`, "g"), valid: (d) => check.mediCalBicValid(d), category: "health_plan" },
  { min: 10, re: new RegExp(`${B}[A-Z]\\d{9}${E}`, "g"), valid: (d) => check.kvnrValid(d), category: "health_plan" },
  { min: 8, re: new RegExp(`${B}\\d{7}[A-W][ABHWTX]?${E}`, "g"), valid: (d) => check.irishPpsnValid(d), category: "ssn" },
  { min: 9, re: new RegExp(`${B}\\d{8}-?[A-Z]${E}`, "g"), valid: (d) => check.spanishDniValid(d), category: "ssn" },
  { min: 9, re: new RegExp(`${B}[XYZ]-?\\d{7}-?[A-Z]${E}`, "g"), valid: (d) => check.spanishDniValid(d), category: "ssn" },
  { min: 9, re: new RegExp(`${B}[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]${E}`, "g"), valid: (d) => check.ukNinoValid(d), category: "ssn" },
  { min: 9, re: new RegExp(`${B}[STFGM]\\d{7}[A-Z]${E}`, "g"), valid: (d) => check.singaporeNricValid(d), category: "ssn" },
  { min: 16, re: new RegExp(`${B}[A-Z]{6}[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]${E}`, "g"), valid: () => true, category: "ssn" },
  { min: 18, re: new RegExp(`${B}[A-Z]{4}\\d{6}[HMX][A-Z]{5}[A-Z0-9]\\d${E}`, "g"), valid: (d) => check.curpValid(d), category: "ssn" },
  { min: 18, re: new RegExp(`${B}\\d{17}[\\dX]${E}`, "g"), valid: (d) => check.chineseResidentIdValid(d), category: "ssn" },
  { min: 7, re: new RegExp(`${B}[A-HJ-NP-Z]{3}\\d{2}(?:\\d{2}|[A-HJ-NP-Z]{2})${E}`, "g"), valid: (d) => check.nzNhiValid(d), category: "health_plan" },
  // Ontario health card: 4-3-3 digits and a 2-letter version code, Luhn.
  { min: 10, re: new RegExp(`${B}\\d{4}[ -]\\d{3}[ -]\\d{3}(?:[ -]?[A-Z]{2})?${E}`, "g"), valid: (d) => check.luhnValid(d.slice(0, 10)), category: "health_plan", phoneLike: true },
  // A 17-character VIN (no I, O or Q), with letters and digits.
  {
    min: 17,
    re: new RegExp(`${B}[A-HJ-NPR-Z0-9]{17}${E}`, "g"),
    valid: (d) => d.replace(/\d/g, "").length >= 2 && d.replace(/\D/g, "").length >= 4,
    category: "vehicle",
  },
  // A Medicare Beneficiary Identifier: 1EG4-TE5-MK73.
  {
    min: 11,
    re: new RegExp(`${B}[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y]{2}\\d{2}${E}`, "g"),
    valid: () => true,
    category: "health_plan",
  },
  // A pathology or lab accession: "S24-40921", "S24-118734 A1" (letters, a 2-digit year, a serial).
  { min: 7, re: new RegExp(`${B}[A-Z]{1,3}[0-3]\\d-\\d{4,7}(?:[ -][A-Z]\\d{1,2})?${E}`, "g"), valid: () => true, category: "other_id" },
  // Indian PAN: 5 letters (the 4th names the holder type, P for a person), 4 digits, a letter.
  { min: 10, re: new RegExp(`${B}[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]${E}`, "g"), valid: () => true, category: "ssn" },
  // IBAN, grouped by four or not.
  { min: 15, re: new RegExp(`${B}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?${E}`, "g"), valid: (d) => check.ibanValid(d), category: "account" },
];

/** A phone cue shortly before: "call 0412 345 678", "a callback at 6175550188", "tel.", "+". */
const PHONE_BEFORE =
  /(?:\b(?:tel|telephone|phone|ph|call|called|calling|callback|call back|reach|dial|ring|text|texted|sms|mobile|mob|cell|fax|whatsapp|contact|hotline|helpline|tél|telefone?|teléfono|telefono|celular|móvil|handy|portable)\b[^.\n\d]{0,20}|\+\W{0,2})$/i;
/**
 * Freephone and shared-cost lines an organisation publishes ("0800 ...", "1800 ...", Chile's "600
 * 360 7777"): digits a health number may share by chance, but written as a service's phone.
 */
const SERVICE_LINE = /^(?:080[08]|1[38]00\d{6}$|600\d{7}$|800\d{7}$)/;
const MEASURE_BEFORE = /\b(?:VL|viral load|copies|count|titer|titre|level|cost|costs|price|paid|salary|population|n ?=|sample size|EUR|USD|GBP|INR|BRL|R\$|Rs\.?|\$|€|£)\W{0,3}$/i;

const STICKY = SHAPES.map((s) => new RegExp(s.re.source, "y"));
/** Whether a shape can start with a digit, and with a letter: a shape is tried only where it can start. */
const FIRSTS = SHAPES.map((s) => {
  const src = s.re.source.slice(B.length);
  const cls = /^\[([^\]]*)\]/.exec(src)?.[1];
  if (cls !== undefined) return { digit: /\d|[0-9]/.test(cls), letter: /[A-Z]/.test(cls) };
  if (/^(?:\\d|[0-9]|\(\?:19)/.test(src)) return { digit: true, letter: false };
  if (/^[A-Z]/.test(src)) return { digit: false, letter: true };
  return { digit: true, letter: true };
});

/**
 * Runs of capitals, digits and separators with 4+ digits: the only places such a number can
 * be. Found in one cheap pass; the shapes (with their own boundaries) are then tried at the run's
 * start and after each separator inside it.
 */
const RUN = /[A-Z0-9][A-Z0-9 ./-]{5,44}/g;

export function detectNationalIds(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  RUN.lastIndex = 0;
  for (const run of text.matchAll(RUN)) {
    let digits = 0;
    for (let i = 0; i < run[0].length; i++) {
      const c = run[0].charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < 4) continue;
    // Candidates start at the run's start or after a separator inside it ("CPF 529.982.247-25").
    const runEnd = run.index + run[0].length;
    let left = run[0].length - (run[0].match(/[ ./-]/g)?.length ?? 0);
    for (let p = run.index; p < runEnd; p++) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 46 || c === 47 || c === 45) continue;
      const prev = text.charCodeAt(p - 1);
      const chunkStart = p === run.index || prev === 32 || prev === 46 || prev === 47 || prev === 45;
      // Every shape opens with B: after a word character or one of ".,/+-" none can start here.
      if (!chunkStart || (p > 0 && closesB(prev))) {
        left--;
        continue;
      }
      const digit = c >= 48 && c <= 57;
      for (let k = 0; k < SHAPES.length; k++) {
        const shape = SHAPES[k];
        const re = STICKY[k];
        const first = FIRSTS[k];
        if (!shape || !re || !first || shape.min > left || !(digit ? first.digit : first.letter)) continue;
        re.lastIndex = p;
        const m = re.exec(text);
        if (m) accept(text, shape, m[0], p, out);
      }
      left--;
    }
  }
  return out;
}

/** Pushes the candidate at `index` if its check digits hold and nothing around it says otherwise. */
function accept(text: string, shape: NationalShape, raw: string, index: number, out: RawFinding[]): void {
  const compact = raw.replace(/[\s./-]/g, "").toUpperCase();
  if (!shape.valid(compact)) return;
  const end = index + raw.length;
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return;
  const before = textBefore(text, index, 30);
  if (MEASURE_BEFORE.test(before)) return;
  if (shape.phoneLike && (PHONE_BEFORE.test(before) || SERVICE_LINE.test(compact))) return;
  // A number that a phone could share yields its category to the phone detector when both read it.
  out.push({ category: shape.category, start: index, end, level: "block", priority: shape.phoneLike ? 35 : 82 });
}
