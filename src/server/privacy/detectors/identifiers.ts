/**
 * Numbers and codes that identify a person: SSN, medical record number, health plan number,
 * account number, license or certificate number, vehicle identifier, device serial number and
 * other identifying numbers (inmate, accession, patient number, social-media handle, file name).
 *
 * Rules:
 * - Keyed: a keyword ("MRN", "Medicaid ID", "acct", "serial", "plate", "inmate no.") followed by
 *   connectors ("#", ":", "no.", "is", a short parenthetical) and a token with at least two digits
 *   blocks, in the keyword's category. Per the labelling convention the span is the token only.
 * - Shaped: an unkeyed 123-45-6789 (SSN), a 17-character VIN, a Medicare Beneficiary Identifier and
 *   a grouped payment card number block on their shape alone; nothing else has those shapes.
 * - Unkeyed long numbers: 6+ digits with a leading zero or an identifier cue ("his number",
 *   "typed into Epic", "#") block as other_id (mrn if the cue is a record system); a 7+ digit
 *   number with no cue and no unit warns.
 * - A social-media handle blocks when the sentence names a platform; a file name blocks when its
 *   stem contains a person's name or a date (the file name is then a container).
 */
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { COMMON_WORDS } from "../lexicon/common-words";
import { textBefore, textAfter, UNIT_AFTER } from "../context";
import type { Detector, PhiCategory, RawFinding, ScanContext } from "../types";

interface KeySpec {
  category: PhiCategory;
  /** Keyword alternatives (regex source, no capturing groups). */
  source: string;
  /** The keyword must match with this exact case ("FIN", not "fin"). */
  caseSensitive?: boolean;
  /**
   * The keyword must be followed by "number", "no.", "#" or "ID": "chart #40917" is keyed,
   * "chart 2" is prose.
   */
  numRequired?: boolean;
}

/**
 * Keywords by category. They are plain words so V8 can match the alternation quickly; the
 * "number / no. / # / ID" that may follow is read after the match (NUM_AFTER).
 * Order matters where keywords share a start: the first alternative that matches wins.
 */
const KEY_SPECS: readonly KeySpec[] = [
  // Vehicles first, so "license plate" is a plate, not a license.
  { category: "vehicle", source: "(?:licen[cs]e |registration |number |tag )?plates?|(?:vehicle|car) (?:registration|reg\\.?|tag)|tags?" },
  { category: "vehicle", source: "VIN", caseSensitive: true },
  // SSN and national insurance numbers.
  { category: "ssn", source: "SSN#?|SS ?#|SS no\\.?|SS number|Soc\\.? Sec\\.?|social security(?: card)?|national insurance" },
  { category: "ssn", source: "social", numRequired: true },
  { category: "ssn", source: "SIN|NINO", caseSensitive: true },
  // Medical record numbers.
  { category: "mrn", source: "MRN#?|MR ?#|M\\.R\\.(?:N\\.?)? ?#?|medical record|med(?:ical)?\\.? rec(?:ord)?s?\\.?|hosp\\.? no\\.?|unit number|patient MRN" },
  { category: "mrn", source: "chart ?#|chart|hospital|record|EHR|EMR", numRequired: true },
  { category: "mrn", source: "MR|NHS|CHI", caseSensitive: true, numRequired: true },
  { category: "mrn", source: "E?MPI|URN", caseSensitive: true },
  // Health plan numbers.
  {
    category: "health_plan",
    source: "member|subscriber|policy|policyholder|insurance card|insurance ID|Medicaid(?: card)?|Medicare(?: card)?|Medi-Cal|Tricare|beneficiary",
  },
  // An insurer's name right before a code is the member ID: "Aetna W771203948", "BCBS XYZ123456789".
  {
    category: "health_plan",
    source:
      "Aetna|Cigna|Humana|UnitedHealthcare|United Healthcare|UHC|Anthem|BCBS|Blue Cross(?: Blue Shield)?|Blue Shield|Kaiser|Molina|Centene|Ambetter|WellCare|Oscar|Highmark|CareFirst|Emblem|Oxford|Optum|Medicare Advantage|MassHealth|Tufts|Harvard Pilgrim|Geisinger|Amerigroup|Caresource|Meridian|Health Net",
  },
  { category: "health_plan", source: "insurance|group|(?:health )?plan", numRequired: true },
  { category: "health_plan", source: "MBI|HICN?|CIN", caseSensitive: true },
  // Account numbers.
  { category: "account", source: "account|acct\\.?|acc ?#|a/c|billing account|invoice|claim|credit card|debit card|IBAN|routing|bank account" },
  { category: "account", source: "encounter|visit|billing|statement|guarantor|(?:credit |debit )?card", numRequired: true },
  { category: "account", source: "FIN#?|HAR#?|CSN#?", caseSensitive: true },
  { category: "account", source: "billing ID|visit ID" },
  { category: "account", source: "financial", numRequired: true },
  // License and certificate numbers.
  {
    category: "license",
    source:
      "(?:driver'?s |drivers |driving |nursing |medical |professional |RN |LPN |pilot'?s |pharmacy |pharmacist |state |board |teaching |law |bar )?licen[cs]e|(?:driver'?s |drivers )?lic\\.?|(?:FAA |pilot'?s? |medical |birth |death |marriage |airman |professional )?certificate|passport|permit|state ID|ID card",
  },
  { category: "license", source: "cert(?:ification)?|registration", numRequired: true },
  { category: "license", source: "DL ?#?|CDL ?#?|DEA", caseSensitive: true },
  // Device identifiers.
  {
    category: "device",
    source:
      "serial#?|s/n|sn#|(?:device|pump|transmitter|sensor|implant|generator|pacemaker|pacer|defibrillator|monitor|receiver|CGM|hearing aid|stimulator|CPAP|BiPAP) (?:ID|#|serial|SN|S/N|number|no\\.?)",
  },
  { category: "device", source: "SN|S/N|IMEI|UDI|ESN|MEID", caseSensitive: true },
  // Other identifying numbers.
  { category: "other_id", source: "inmate|accession|requisition|wristband|armband|pt ?#|patient ?#|ID#?|identifier|Rx ?#|prescription(?: number| no\\.?| #)" },
  {
    category: "other_id",
    source:
      "booking|prisoner|offender|case|specimen|sample|lab|order|referral|authorization|auth|employee|student|badge|military|veteran|national|citizen|alien|visa|voter|tax|benefits|welfare|housing|shelter|pt|patient|client|resident|pt's|patient's|ident\\.?",
    numRequired: true,
  },
  { category: "other_id", source: "DOC|TIN|EIN|ITIN|WIC|SNAP|EBT", caseSensitive: true, numRequired: true },
];

const KEY_RE = new RegExp(
  // The keyword must end at a word boundary, unless it ends in a symbol ("pt #B-2207", "MR#5501123").
  `\\b(?:${KEY_SPECS.map((s) => `(${s.source})`).join("|")})(?:(?<![A-Za-z])|(?![A-Za-z]))`,
  "gi",
);
const KEY_EXACT = KEY_SPECS.map((s) => (s.caseSensitive ? new RegExp(`^(?:${s.source})$`) : null));
/** "number", "no.", "#", "ID" after a keyword: "Medicaid ID", "chart #", "inmate no.". */
const NUM_AFTER = /[ \t]?(?:number|num\.?|no\.?|nr\.?|#|ID|identifier)(?![A-Za-z])|[ \t]?:/iy;

/** Connectors between a keyword and its token: "MRN (outside): ", "no. ", "is ", "#". */
const CONNECTOR = /(?:\([A-Za-z ]{1,20}\)|[ \t:#=.(\-'"]|\b(?:no|nr|num|number|is|was|of|id|on file|listed as|reads|ending in)\b)/iy;
/**
 * The token: letters and digits, single inner separators (- . /), and single spaces only when the
 * next chunk is 2-5 characters with a digit ("219 09 9999", "KLT 4410", "5500 0000 0000 0004").
 * Bounded to 30 steps, so it is linear.
 */
const TOKEN =
  /[A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])| (?=(?=[A-Za-z0-9]{2,5}(?![A-Za-z0-9]))[A-Za-z]{0,4}\d)){1,30}/y;

interface Token {
  start: number;
  end: number;
  value: string;
}

function readToken(text: string, pos: number): Token | null {
  let p = pos;
  for (let i = 0; i < 6; i++) {
    CONNECTOR.lastIndex = p;
    const m = CONNECTOR.exec(text);
    if (!m || m[0].length === 0) break;
    p += m[0].length;
  }
  TOKEN.lastIndex = p;
  const t = TOKEN.exec(text);
  if (!t) return null;
  return { start: p, end: p + t[0].length, value: t[0] };
}

/**
 * "SSN on the intake sheet: 219 09 9999": when words sit between the keyword and the value, the
 * value is the token after the next colon in the same clause (at most 40 characters on).
 */
function readTokenAfterColon(text: string, pos: number): Token | null {
  const window = text.slice(pos, pos + 40);
  const colon = window.search(/:[ \t]/);
  if (colon === -1 || /[\n.;!?]/.test(window.slice(0, colon))) return null;
  const token = readToken(text, pos + colon + 1);
  return token;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function looksLikeDate(value: string): boolean {
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 31) return a >= 1900 && b >= 1 && b <= 12; // 2023-11-08
  return (a <= 12 && b <= 31) || (b <= 12 && a <= 31);
}

/** Whether the token after a keyword is an identifier rather than a word, year or measurement. */
function validToken(text: string, token: Token, spec: KeySpec): boolean {
  const digits = countDigits(token.value);
  const alnum = token.value.replace(/[^A-Za-z0-9]/g, "").length;
  if (digits < 2 || alnum < 4) return false;
  // "policy 2019" or "case 2024" is a year, "plate 3 mm" a measurement: not identifiers.
  if (/^(?:19|20)\d\d$/.test(token.value)) return false;
  // A ratio or a vital ("140/90") and a year-month ("2023-01") are not identifiers either.
  if (/^\d{1,3}\/\d{1,3}$/.test(token.value) || /^(?:19|20)\d\d[-/](?:0?[1-9]|1[0-2])$/.test(token.value)) return false;
  if (/^\d{1,3}$/.test(token.value)) return false;
  if (UNIT_AFTER.test(text.slice(token.end, token.end + 12)) && /^\d+(?:\.\d+)?$/.test(token.value)) return false;
  // A date after a keyword ("visit 03/14/2024") belongs to the date detector.
  if (spec.category !== "ssn" && looksLikeDate(token.value)) return false;
  // A lower-case word is not the start of an identifier: "account from 10.20.30.40".
  if (/^[a-z]+ /.test(token.value)) return false;
  // Identifiers are capitals and digits; a lower-case word inside means prose ("serial 12-lead").
  if (/[a-z]{3,}/.test(token.value)) return false;
  return true;
}

function detectKeyed(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  KEY_RE.lastIndex = 0;
  for (const m of text.matchAll(KEY_RE)) {
    let specIndex = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        specIndex = g - 1;
        break;
      }
    }
    const spec = KEY_SPECS[specIndex];
    if (!spec) continue;
    const exact = KEY_EXACT[specIndex];
    if (exact && !exact.test(m[0])) continue;
    let after = m.index + m[0].length;
    NUM_AFTER.lastIndex = after;
    const num = NUM_AFTER.exec(text);
    if (num) after += num[0].length;
    else if (spec.numRequired && !/#$/.test(m[0])) continue;
    let token = readToken(text, after);
    if (!token || !validToken(text, token, spec)) token = readTokenAfterColon(text, after);
    if (!token || !validToken(text, token, spec)) continue;
    out.push({ category: spec.category, start: token.start, end: token.end, level: "block", priority: 90 });
  }
  return out;
}

/** 123-45-6789, and masked forms that keep the last four: XXX-XX-6789, ***-**-6789. */
const SSN_SHAPE = /(?<![\w*-])(?:\d{3}|[Xx*]{3})-(?:\d{2}|[Xx*]{2})-\d{4}(?![\w-])/g;
const VIN_SHAPE = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
const MBI_SHAPE =
  /(?<![A-Za-z0-9])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![A-Za-z0-9])/g;
const CARD_GROUPED = /(?<![\d-])(?:\d{4}[ -]){3}\d{1,4}(?![\d-])|(?<![\d-])\d{4}[ -]\d{6}[ -]\d{5}(?![\d-])/g;
const CARD_PLAIN = /(?<![\w.,-])\d{15,16}(?![\w]|[.,]\d)/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function detectShapes(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  const each = (re: RegExp, fn: (m: RegExpMatchArray & { index: number }) => void) => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) fn(m);
  };
  each(SSN_SHAPE, (m) => {
    out.push({ category: "ssn", start: m.index, end: m.index + m[0].length, level: "block", priority: 85 });
  });
  each(VIN_SHAPE, (m) => {
    const letters = m[0].replace(/\d/g, "").length;
    if (letters >= 2 && countDigits(m[0]) >= 4) {
      out.push({ category: "vehicle", start: m.index, end: m.index + m[0].length, level: "block", priority: 85 });
    }
  });
  each(MBI_SHAPE, (m) => {
    out.push({ category: "health_plan", start: m.index, end: m.index + m[0].length, level: "block", priority: 85 });
  });
  each(CARD_GROUPED, (m) => {
    out.push({ category: "account", start: m.index, end: m.index + m[0].length, level: "block", priority: 80 });
  });
  each(CARD_PLAIN, (m) => {
    if (luhnValid(m[0]) && !UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      out.push({ category: "account", start: m.index, end: m.index + m[0].length, level: "block", priority: 70 });
    }
  });
  return out;
}

/** A long bare number: 6+ digits, not part of a decimal, a grouped number or a code. */
const LONG_NUMBER = /(?<![\w.,/$:-])#?\d{6,20}(?![\w]|[.,/]\d|-\d)/g;
const MEASURE_BEFORE =
  /\b(?:VL|viral load|RNA|DNA|copies|count|plt|platelets?|WBC|ANC|ALC|CK|CPK|ferritin|BNP|NT-?proBNP|titer|titre|level|IgE|IgG|D-?dimer|troponin|trop|AFP|CA-?125|CEA|PSA|hCG|LDH|AST|ALT|ALP|GGT|bili|cost|costs|price|paid|pay|charge|charged|billed|owes|salary|population|n ?=|N ?=|sample size|EUR|USD|GBP|\$)\W{0,3}$/i;
const ID_CUE_BEFORE =
  /(?:#|\b(?:no\.?|number|num|ID|his|her|their|typed|entered|looked up|pulled up|registered under|under|chart|record|file|label|sticker|wristband|armband|band|bracelet|epic|cerner|meditech|EHR|EMR|pt|patient|pt's|patient's))\W{0,4}$/i;
const RECORD_SYSTEM = /\b(?:epic|cerner|meditech|allscripts|athena|EHR|EMR|chart|record|wristband|armband|registration)\b/i;

function detectLongNumbers(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  LONG_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(LONG_NUMBER)) {
    const start = m[0].startsWith("#") ? m.index + 1 : m.index;
    const end = m.index + m[0].length;
    const digits = text.slice(start, end);
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    const before = textBefore(text, m.index, 30);
    if (MEASURE_BEFORE.test(before)) continue;
    const cued = m[0].startsWith("#") || ID_CUE_BEFORE.test(before);
    // A leading zero marks a record number ("00418823"); 13-14 digit zero-led numbers are GTINs.
    const leadingZero = digits.startsWith("0") && digits.length <= 12;
    if (cued || leadingZero) {
      const around = `${before} ${textAfter(text, end, 40)}`;
      const category: PhiCategory = RECORD_SYSTEM.test(around) ? "mrn" : "other_id";
      out.push({ category, start, end, level: "block", priority: 40 });
    } else if (digits.length >= 7) {
      out.push({ category: "other_id", start, end, level: "warn", priority: 20 });
    }
  }
  return out;
}

const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){1,29}(?![\w@]|\.[A-Za-z])/g;
const SOCIAL_CUE =
  /\b(?:instagram|insta|twitter|tweet(?:s|ed|ing)?|tiktok|tik tok|snapchat|facebook|threads|reddit|youtube|venmo|cash ?app|whatsapp|telegram|discord|twitch|handle|username|user name|followers|social media)\b/i;

function detectHandles(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  HANDLE.lastIndex = 0;
  for (const m of text.matchAll(HANDLE)) {
    const end = m.index + m[0].length;
    const around = `${textBefore(text, m.index, 100)} ${textAfter(text, end, 60)}`;
    if (SOCIAL_CUE.test(around)) {
      out.push({ category: "other_id", start: m.index, end, level: "block", priority: 75 });
    }
  }
  return out;
}

/** File extensions of uploads; a file name is found from its extension, walking left. */
const FILE_EXTENSION =
  /\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|pdf|docx?|xlsx?|pptx?|dcm|dicom|mov|mp4|avi|txt|csv|rtf|zip)(?![\w])/gi;
const FILE_CHAR = /[\w.-]/;

function isNameSegment(seg: string): boolean {
  if (seg.length < 3 || COMMON_WORDS.has(seg)) return false;
  if (FIRST_NAMES.has(seg) || SURNAMES.has(seg)) return true;
  // Initial + surname ("tnguyen", "jsmith") or first name + surname ("annakowal").
  if (seg.length >= 5 && SURNAMES.has(seg.slice(1)) && !COMMON_WORDS.has(seg.slice(1))) return true;
  for (let i = 3; i <= seg.length - 3; i++) {
    if (FIRST_NAMES.has(seg.slice(0, i)) && SURNAMES.has(seg.slice(i))) return true;
  }
  return false;
}

function detectFileNames(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  FILE_EXTENSION.lastIndex = 0;
  for (const m of text.matchAll(FILE_EXTENSION)) {
    // Walk left over the stem, at most 80 characters, so repeated extensions stay linear.
    let start = m.index;
    const floor = Math.max(0, m.index - 80);
    while (start > floor && FILE_CHAR.test(text.charAt(start - 1))) start--;
    if (start === floor && start > 0 && FILE_CHAR.test(text.charAt(start - 1))) continue;
    while (start < m.index && /[.-]/.test(text.charAt(start))) start++;
    const stem = text.slice(start, m.index);
    if (stem.length === 0) continue;
    const end = m.index + m[0].length;
    // Split "IMG_tnguyen_left_foot" and "JohnSmithMRI" into lower-case segments.
    const segments = stem
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .split(/[^A-Za-z]+/)
      .map((s) => s.toLowerCase())
      .filter((s) => s.length > 0);
    const hasName = segments.some(isNameSegment);
    const hasDate = /(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])/.test(stem);
    if (hasName || hasDate) {
      out.push({ category: "other_id", start, end, level: "block", priority: 92, container: true });
    }
  }
  return out;
}

export const detectIdentifiers: Detector = (ctx: ScanContext) => [
  ...detectKeyed(ctx.text),
  ...detectShapes(ctx.text),
  ...detectLongNumbers(ctx.text),
  ...detectHandles(ctx.text),
  ...detectFileNames(ctx.text),
];
