/**
 * Numbers and codes that identify a person: SSN, medical record number, health plan number,
 * account number, license or certificate number, vehicle identifier, device serial number and
 * other identifying numbers (inmate, accession, patient number, social-media handle, file name).
 *
 * Rules:
 * - Keyed: a keyword from the identifier terms of id-labels.ts ("MRN", "Medicaid ID", "acct",
 *   "NHI", "n° de sécu", "Kennzeichen") followed by connectors ("#", ":", "no.", "is", a short
 *   parenthetical, at most one issuer's acronym or word) and a token with at least two digits
 *   blocks, in the keyword's category. Per the labelling convention the span is the token only.
 *   Any "…nummer"/"…nr." compound and "n° de …"/"número de …" work as generic keywords.
 * - Shaped: an unkeyed 123-45-6789 (SSN), a grouped payment card number and a GS1 device string
 *   block on their shape alone; VINs, MBIs and national numbers are read in id-national.ts.
 * - Unkeyed long numbers: 6+ digits with a leading zero or an identifier cue ("his number",
 *   "typed into Epic", "#") block as other_id (mrn if the cue is a record system); a 7+ digit
 *   number with no cue and no unit warns.
 * - A social-media handle blocks when the sentence names a platform ("@rae_92 on Instagram", "her
 *   insta is rae.sunshine_04"); a file name blocks when its stem contains a person's name or a
 *   date, or when the sentence says the file name is a problem (the file name is then a container).
 * - National and insurance numbers with valid check digits block without a keyword (id-national.ts);
 *   vehicle plates block after a keyword, in a sentence naming a vehicle, or in a distinctive
 *   national format (id-plates.ts).
 * - A payment handle ("name@okaxis" after "UPI") and a long number in a sentence about a bank
 *   account block as account numbers.
 */
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { COMMON_WORDS } from "../lexicon/common-words";
import { hasNameShape } from "../lexicon/name-shapes";
import { isNeverAName } from "../clinical-allowlist";
import { countDigits, hasCjk, sentenceEnd, sentenceStart, textAfter, textBefore, UNIT_AFTER } from "../context";
import type { Detector, PhiCategory, RawFinding, ScanContext } from "../types";
import { CLINICAL_CODE } from "./id-clinical-tokens";
import { detectNationalIds } from "./id-national";
import { KeywordTrie } from "./id-keywords";
import { numberPhraseLabel, TERMS, type LabelDef, type LabelKind } from "./id-labels";
import { detectPlates, plateIn, platesInSentence } from "./id-plates";
import { detectUnexplainedNumbers } from "./id-unexplained";

interface KeySpec {
  category: PhiCategory;
  /** The keyword as a small pattern (see id-keywords.ts). */
  source: string;
  /** The keyword must match with this exact case ("FIN", not "fin"). */
  caseSensitive?: boolean;
  /**
   * The keyword must be followed by "number", "no.", "#" or "ID": "chart #40917" is keyed,
   * "chart 2" is prose.
   */
  numRequired?: boolean;
  /**
   * How the value is read: "plate" takes the first plate within a few words ("placa da moto
   * GFD0B01"); "serial" needs a long code ("transmitter GT5780922", not "pump 2").
   */
  value?: "plate" | "serial" | "any" | "implant-lot" | "vehicle-context" | "handle";
  /** Without a number word, the value needs this many digits ("case 2" is prose). */
  minDigits?: number;
}

/** How each kind of term reads its value as a keyword. */
const KIND_VALUE: Partial<Record<LabelKind, KeySpec["value"]>> = {
  plate: "plate",
  serial: "serial",
  handle: "handle",
  any: "any",
  "implant-lot": "implant-lot",
  vehicle: "vehicle-context",
};

/**
 * Keywords by category: the identifier terms of id-labels.ts (the same words that label a form's
 * fields). An ambiguous term ("hosp", "case", "ID") needs a value of four digits or more unless a
 * number word follows it.
 */
const KEY_SPECS: readonly KeySpec[] = TERMS.filter((t) => t.kind !== "name" && t.kind !== "contact" && t.kind !== "date" && t.kind !== "phone" && t.kind !== "address").map(
  (t) => ({
    category: t.category,
    source: t.source,
    caseSensitive: t.exact,
    numRequired: t.needsNumber,
    value: KIND_VALUE[t.kind],
    // An ambiguous acronym ("HC", "SUS", "TSI") is also a clinical or public term: five digits.
    minDigits: t.weak ? (t.exact ? 5 : 4) : undefined,
  }),
);

/** All keyword phrases, walked as one trie (id-keywords.ts): linear however many there are. */
const KEY_TRIE = new KeywordTrie(KEY_SPECS);
/** "number", "no.", "#", "ID" after a keyword: "Medicaid ID", "chart #", "inmate no.". */
const NUM_AFTER = /\.?[ \t]?(?:number|num\.?|no\.?|nro\.?|nr\.?|n\.?[ ]?[°º]|n[úu]m(?:ero)?\.?|num[ée]ro|#|ID|identifier|ref\.?)(?![A-Za-z])|[ \t]?n\.(?=[ \t]?\d)|[ \t]?:/iy;

/** Connectors between a keyword and its token: "MRN (outside): ", "no. ", "is ", "#". */
const CONNECTOR =
  /(?:\([A-Za-z ]{1,20}\)|\b(?:ref|conf|txn|trx)\.(?=[ \t])|[ \t:#=(\-'"]|\*{1,2}|\.(?![ \t]+[A-Z][a-z])|n\.?[ ]?[°º]|\b(?:no|nr|nro|num|number|is|was|of|id|on file|listed as|reads|ending in|ref|reference|conf|confirmation|code|txn|transaction)\b)/iy;
/**
 * The token: letters and digits, single inner separators (- . /), and single spaces only when the
 * next chunk is 1-8 characters with a digit ("219 09 9999", "KLT 4410", "46 23657088 89").
 * Bounded to 30 steps, so it is linear.
 */
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])| (?=(?=[A-Za-z0-9]{1,8}(?![A-Za-z0-9]))[A-Za-z]{0,4}\d)){1,30}/y;

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
 * "SSN on the intake sheet: 219 09 9999", "hospital number on the form was 'S 867 9364'": when
 * words sit between the keyword and the value, the value is the token after the next colon or
 * copula ("is", "was", "reads") in the same clause (at most 40 characters on).
 */
const COLON_OR_COPULA = /:[ \t]|\b(?:is|was|were|reads|read|says|said|shows|showed)[ \t]/;
const PHONE_NOUN_BETWEEN = /\b(?:line|lines|hotline|helpline|phone|telephone|tel|fax|call cent(?:er|re)|contact cent(?:er|re)|switchboard|desk|whatsapp)\b/i;
function readTokenAfterColon(text: string, pos: number): Token | null {
  const window = text.slice(pos, pos + 40);
  const m = COLON_OR_COPULA.exec(window);
  if (!m || /[\n.;!?\d]/.test(window.slice(0, m.index))) return null;
  // "Discovery's provider line is 0860 ...": a phone line named between makes the value its number.
  if (PHONE_NOUN_BETWEEN.test(window.slice(0, m.index))) return null;
  const token = readToken(text, pos + m.index + m[0].length - 1);
  // After a copula the value must look like a record number ("unit number for bleeps is 5521" is not).
  if (token && !m[0].startsWith(":") && countDigits(token.value) < 6) return null;
  return token;
}

/**
 * "NSS IMSS 79987113176", "Führerschein vor (Nr. M050VR3M27)": one word (an issuer, a verb)
 * between the keyword and the value. Only a value that is unmistakably an identifier counts: after
 * "(", "#", ":" or a number word, or a long code (7+ digits, or letters and 4+ digits).
 */
const ONE_WORD = /[ \t]+[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]{0,14}(?=[ \t:(#])/y;
function readTokenAfterWord(text: string, pos: number): Token | null {
  ONE_WORD.lastIndex = pos;
  const w = ONE_WORD.exec(text);
  // "her account from 73.142.88.201": a function word is prose, not an issuer's name.
  if (!w || COMMON_WORDS.has(w[0].trim().toLowerCase())) return null;
  const token = readToken(text, pos + w[0].length);
  if (!token) return null;
  const marked = /[(#:]|\b(?:no|nr|n°|nº|number)\b/i.test(text.slice(pos + w[0].length, token.start));
  const digits = countDigits(token.value);
  const letters = /[A-Za-z]/.test(token.value);
  return marked || digits >= 7 || (letters && digits >= 4) ? token : null;
}

const TRIAL_REGISTRY = /^(?:NCT|ISRCTN|ACTRN|CTRI|ChiCTR|DRKS|UMIN|jRCT|PACTR|IRCT|EudraCT|EUCTR|CRD42)/i;

function looksLikeDate(value: string): boolean {
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = Number(m[3]);
  // 2023-11-08; "2006/02/8410" (a year, a month and a serial) is a registration number.
  if (a > 31) return a >= 1900 && b >= 1 && b <= 12 && (m[3] ?? "").length <= 2 && c >= 1 && c <= 31;
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
  // A year and a short serial ("policy 2023-17") is a document number, as is a year-month.
  if (/^\d{1,3}\/\d{1,3}$/.test(token.value) || /^(?:19|20)\d\d[-/]\d{1,3}$/.test(token.value)) return false;
  // A span of years ("2024-2026") is not an identifier either.
  if (/^(?:19|20)\d\d[-/](?:19|20)\d\d$/.test(token.value)) return false;
  if (/^\d{1,3}$/.test(token.value) || CLINICAL_CODE.test(token.value)) return false;
  // A public trial registration ("ISRCTN 12345678", "ACTRN12618000123456") identifies a study.
  if (TRIAL_REGISTRY.test(token.value)) return false;
  // An IP address belongs to the contact detector.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(token.value) && token.value.split(".").every((o) => Number(o) <= 255)) return false;
  if (UNIT_AFTER.test(text.slice(token.end, token.end + 12)) && /^\d+(?:\.\d+)?$/.test(token.value)) return false;
  // A date after a keyword ("visit 03/14/2024") belongs to the date detector, as does a timestamp.
  if (spec.category !== "ssn" && looksLikeDate(token.value)) return false;
  if (/^(?:19|20)\d\d-[01]\d-[0-3]\d(?:[T ]|$)/.test(token.value)) return false;
  // A lower-case word is not the start of an identifier: "account from 10.20.30.40".
  if (/^[a-z]+ /.test(token.value)) return false;
  // Identifiers are capitals and digits; a lower-case word inside means prose ("serial 12-lead").
  if (/[a-z]{3,}/.test(token.value)) return false;
  return true;
}

const ANY_VALUE = /[ \t:#=(-]{0,4}([^\s,;()]{6,80}?)(?=[.,;)]?(?:\s|$))/y;
const IMPLANT_CUE =
  /\b(?:implants?|implanted|prosthes[ie]s|pr[óo]tese|pr[óo]tesis|protesi|proth[èe]se|Implantat|stent|valve|v[áa]lvula|pacemaker|marcapasso|lead|electrode|mesh|malla|tela|breast|mam[áa]ria|mamoplastia|card|cart[ãa]o|tarjeta)\b/i;
const PROVIDER_REGISTRATION = /^(?:GMC|NMC|AHPRA|HCPC|NPI|DEA|MCI|IMC|CRM|COREN|NMBI)/;
const PROVIDER_BEFORE = /\b(?:Dr|Dra|Doctor|Prof)\.?[ \t]+[A-Z][a-z]+|\b(?:[Mm]y|[Oo]ur)[ \t]+(?:own[ \t]+)?$/;

/** A device serial after a device noun: one chunk, 6+ characters, 4+ digits, no lower-case word. */
function isSerial(value: string): boolean {
  if (/\s/.test(value) || /[a-z]{2,}/.test(value)) return false;
  return value.replace(/[^A-Za-z0-9]/g, "").length >= 6 && countDigits(value) >= 4;
}

/**
 * Number words that make any noun a keyword: German compounds ("Fallnr.", "Auftragsnummer") and
 * "n° de …", "número de …", "numéro …" ("n° de lit 12" excepted by the value rules). The noun
 * gives the category when it names an identifier ("Führerscheinnummer" is a licence, "número de
 * afiliado" a health plan number); a phone's number word is left to the contact detector.
 */
const NUMBER_WORD = /nummer|[nN][r°º]\.|[nN]\.[ ]?[°º] |[nN][°º] |[nN]um[ée]ro |[nN][úu]mero /g;

/** A number of unknown kind; it needs five digits ("n° de lits 1200" is a count). */
const GENERIC: KeySpec = { category: "other_id", source: "" };
const GENERIC_LABEL: LabelDef = { kind: "id", category: "other_id", weak: false, needsNumber: false, exact: false, source: "" };

function detectNumberWords(text: string, out: RawFinding[]): void {
  NUMBER_WORD.lastIndex = 0;
  for (const m of text.matchAll(NUMBER_WORD)) {
    const compound = m[0].startsWith("nummer") || /^[nN]r\./.test(m[0]);
    // "Fallnr." and "Versicherungsnummer" are compounds: letters run into the number word.
    if (compound && !/[A-Za-zäöüß-]{3}$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    let end = m.index + m[0].length;
    let phraseStart = m.index;
    if (!compound) {
      // "n° de dossier", "número de afiliado": up to two words name the number.
      const noun = /^(?:(?:de|du|da|do|di|del|d')[ \t]?)?[A-Za-zÀ-ÿ]{2,20}(?:[ \t][a-zà-ÿ]{2,20})?/.exec(text.slice(end, end + 40));
      if (noun) end += noun[0].length;
    } else {
      // The compound's stem: the letters (and one hyphen) before the number word, at most 30.
      while (phraseStart > 0 && m.index - phraseStart < 30 && /[A-Za-zäöüßÄÖÜ-]/.test(text.charAt(phraseStart - 1))) phraseStart--;
      if (m[0] === "nummer") end = m.index + 6 + (/^n\b/.test(text.slice(m.index + 6, m.index + 8)) ? 1 : 0);
    }
    const phraseEnd = compound ? m.index + (m[0] === "nummer" ? 6 : 2) : end;
    const phrase = text.slice(phraseStart, phraseEnd).toLowerCase().replace(/[.]/g, "").replace(/\s+/g, " ").trim();
    // A bare number word ("Guia TISS nº 289931788") names a number of unknown kind.
    const def = /^(?:n[°º]|num[ée]ro|n[úu]mero)$/.test(phrase) ? GENERIC_LABEL : numberPhraseLabel(phrase);
    if (!def || (def.kind !== "id" && def.kind !== "person_or_id")) continue;
    const specific = def.category !== "other_id";
    const spec: KeySpec = specific ? { category: def.category, source: "" } : GENERIC;
    const finding = readKeyed(text, spec, m.index, end);
    if (!finding || (!specific && countDigits(text.slice(finding.start, finding.end)) < 5)) continue;
    // A specific keyword or a checked number reading the same value gives the category.
    out.push({ ...finding, priority: specific ? 85 : 60 });
  }
}

function detectKeyed(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  detectNumberWords(text, out);
  let scannedTo = -1;
  KEY_TRIE.scan(text, (start, hits) => {
    // The longest keyword first; a shorter one is tried when the longer one yields no value.
    for (const hit of hits) {
      const spec = KEY_SPECS[hit.index];
      if (spec?.value === "vehicle-context") {
        if (start >= scannedTo) {
          const from = sentenceStart(text, start, 200);
          scannedTo = sentenceEnd(text, hit.end, 200);
          platesInSentence(text, from, scannedTo, out);
        }
        continue;
      }
      const finding = spec ? readKeyed(text, spec, start, hit.end) : null;
      if (finding) {
        out.push(finding);
        return hit.end;
      }
    }
    return start;
  });
  return out;
}

/** The value after the keyword text[start, keywordEnd), read as the spec says, or null. */
function readKeyed(text: string, spec: KeySpec, start: number, keywordEnd: number): RawFinding | null {
  const keyword = text.slice(start, keywordEnd);
  let after = keywordEnd;
  NUM_AFTER.lastIndex = after;
  const num = NUM_AFTER.exec(text);
  if (num) after += num[0].length;
  // "Visit 380366169", "college registration 50607032": without its number word, a keyword that
  // needs one still reads a long number (seven digits or more); "visit 2", "chart 14" are prose.
  // Short abbreviations ("reg", "IP", "lab") still need the number word.
  const longOnly = !num && spec.numRequired === true && !/#$/.test(keyword);
  if (longOnly && keyword.length < 4) return null;
  if (longOnly && (spec.value === "plate" || spec.value === "handle" || spec.value === "any")) return null;
  // An ambiguous keyword ("ID", "hosp") yields the category to a checked national number.
  const found = (s: number, e: number, priority = spec.minDigits ? 75 : 90): RawFinding => ({ category: spec.category, start: s, end: e, level: "block", priority });
  // "NAFDAC reg A4-1064", "ANVISA registro 1.0573.0456.001-2": a medicine regulator's number
  // registers a product, not a patient or a vehicle.
  if (REGULATOR_BEFORE.test(textBefore(text, start, 24))) return null;
  if (spec.value === "plate") {
    // "rego NJ-19-EA", "placa da moto GFD0B01": the first plate within a few words of the clause.
    // Words between may not hold digits: in "med reg 2234, SHO 4410" the value of "reg" is 2234.
    const stop = text.slice(after, after + 24).search(/[;:,]/);
    const to = Math.min(sentenceEnd(text, after, 24), stop === -1 ? after + 24 : after + stop);
    const plate = plateIn(text, after, to, 4, true);
    return plate && !/\d/.test(text.slice(after, plate.start)) ? found(plate.start, plate.end) : null;
  }
  if (spec.value === "handle") return handleAfterPlatform(text, start);
  if (spec.value === "any") {
    ANY_VALUE.lastIndex = after;
    const v = ANY_VALUE.exec(text);
    return v?.[1] ? found(after + v[0].length - v[1].length, after + v[0].length) : null;
  }
  let token = readToken(text, after);
  if (spec.value === "implant-lot") {
    const ok = token && isSerial(token.value) && IMPLANT_CUE.test(sentenceAround(text, token.start, token.end));
    return ok && token ? found(token.start, token.end, 88) : null;
  }
  if (spec.value === "serial") {
    // "transmitter GT5780922", "série 39105648-316": a long code, not "pump 2" or "ICD-10".
    return token && isSerial(token.value) ? found(token.start, token.end, 88) : null;
  }
  // A keyword read without its number word takes only the token right after it.
  if (!longOnly && (!token || !validToken(text, token, spec))) token = readTokenAfterColon(text, after);
  if (!longOnly && (!token || !validToken(text, token, spec))) token = readTokenAfterWord(text, after);
  if (!token || !validToken(text, token, spec)) return null;
  if (spec.minDigits && !num && countDigits(token.value) < spec.minDigits) return null;
  if (longOnly && countDigits(token.value) < 7) return null;
  // "patient MRN 4482913": a word before the number is another keyword, which reads it itself.
  if (longOnly && /^[A-Za-z]{2,}[ \t]/.test(token.value)) return null;
  // "supply chain ID 1004517782", "order code LAB3201124": a product word right before the value,
  // or before an ambiguous keyword, names a product.
  if (PRODUCT_BEFORE.test(textBefore(text, token.start, 30))) return null;
  if (spec.minDigits && PRODUCT_BEFORE.test(textBefore(text, start, 30))) return null;
  // "GenBank accession MN908947": a public sequence database's accession names no one.
  if (PUBLIC_DATABASE_BEFORE.test(textBefore(text, start, 20))) return null;
  // A clinician's own registration in a signature: "Dr Aled Pritchard, GP partner (GMC 6043311)".
  // "My GMC registration 7012345": the acronym may also qualify the keyword from just before it.
  const issuer = /\b(?:GMC|NMC|AHPRA|HCPC|NPI|DEA|MCI|IMC|CRM|COREN|NMBI)[ \t]$/.exec(textBefore(text, start, 8));
  const issuerStart = issuer ? start - issuer[0].length : start;
  if ((issuer || PROVIDER_REGISTRATION.test(keyword)) && PROVIDER_BEFORE.test(textBefore(text, issuerStart, 60))) return null;
  return found(token.start, token.end);
}

/** 123-45-6789, and masked forms that keep the last four: XXX-XX-6789, ***-**-6789. */
const SSN_SHAPE = /(?<![\w*-])(?:\d{3}|[Xx*]{3})-(?:\d{2}|[Xx*]{2})-\d{4}(?![\w-])/g;
const CARD_GROUPED = /(?<![\d-])(?:\d{4}[ -]){3}\d{1,4}(?![\d-])|(?<![\d-])\d{4}[ -]\d{6}[ -]\d{5}(?![\d-])/g;
const CARD_PLAIN = /(?<![\w.,-])\d{15,16}(?![\w]|[.,]\d)/g;
/** A GS1 device identifier string: "(01)00423849872884(17)290828(21)SJP959773N". */
const GS1_UDI = /\(01\)\d{14}(?:\((?:1[0-7]|21|240|30)\)[A-Za-z0-9-]{1,20}){0,6}/g;

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
  each(CARD_GROUPED, (m) => {
    // An ORCID (0000-0002-1825-0097) is a public researcher identifier, not a card.
    if (m[0].startsWith("0000") || /ORCID\W{0,3}$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) return;
    out.push({ category: "account", start: m.index, end: m.index + m[0].length, level: "block", priority: 80 });
  });
  each(GS1_UDI, (m) => {
    out.push({ category: "device", start: m.index, end: m.index + m[0].length, level: "block", priority: 85 });
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
/**
 * Numbers of products, not people: a pharmacy, supply-chain or catalogue code ("PZN 01234567",
 * "supply chain ID 1004517782", "catalogue number 00321577", "item 00074...").
 */
const PRODUCT_BEFORE =
  /\b(?:PZN|NDC|GTIN|EAN|UPC|SKU|ATC|DIN|ASIN|catalog(?:ue)?|cat|item|product|article|artikel|art|supply(?: chain)?|stock|inventory|formulary|order code|material|vendor|supplier|manufacturer|trial|registry|prospero|version|model|firmware|software|charge|chargen|batch|lot|lote|bestell|genbank|refseq|uniprot|ensembl|clinvar|dbsnp|pdb)(?:[ \t]?[-.]?[ \t]?(?:no|nr|number|num|n[°º]|#|id|code|nummer|accession))?\W{0,3}$/i;
/** Medicine and device regulators, whose registration numbers name products. */
const REGULATOR_BEFORE =
  /\b(?:NAFDAC|ANVISA|INVIMA|COFEPRIS|DIGEMID|ANMAT|ARCSA|CDSCO|NMPA|PMDA|SAHPRA|TGA|MHRA|FDA|EMA|Health Canada|registro sanitario|reg(?:istro)?\.? san(?:itario)?\.?)\W{0,3}$/i;
const PUBLIC_DATABASE_BEFORE = /\b(?:GenBank|RefSeq|UniProt|Ensembl|ClinVar|dbSNP|PDB|SRA|GISAID|BioProject|ENA)\W{0,3}$/i;
const RECORD_SYSTEM = /\b(?:epic|cerner|meditech|allscripts|athena|EHR|EMR|chart|record|wristband|armband|registration)\b/i;

const BANK_CUE = /\b(?:account|acct|bank|banking|IBAN|sort code|routing|transfer|wire|deposit|Konto|cuenta|conta|compte|UPI|NUBAN|M-?Pesa|mobile money)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(sentenceStart(text, start, 160), sentenceEnd(text, end, 120));
}

function detectLongNumbers(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  LONG_NUMBER.lastIndex = 0;
  for (const m of text.matchAll(LONG_NUMBER)) {
    const start = m[0].startsWith("#") ? m.index + 1 : m.index;
    const end = m.index + m[0].length;
    const digits = text.slice(start, end);
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    const before = textBefore(text, m.index, 30);
    if (MEASURE_BEFORE.test(before) || PRODUCT_BEFORE.test(before)) continue;
    const cued = m[0].startsWith("#") || ID_CUE_BEFORE.test(before);
    // "her account details (GTBank 2679588602)": a long number in a sentence about a bank account.
    if (digits.length >= 8 && BANK_CUE.test(sentenceAround(text, start, end))) {
      out.push({ category: "account", start, end, level: "block", priority: 45 });
      continue;
    }
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
/**
 * A platform named near an "@handle" makes it a social-media account: the platforms' names and
 * their words for an account ("handle", "followers"). The short forms are case-sensitive ("IG",
 * not "ig"; "X", not the "x" of "x.org" or the X of "X-ray").
 */
const PLATFORM_CUE =
  /\b(?:instagram|insta|twitter|tweet(?:s|ed|ing)?|tiktok|tik tok|snapchat|facebook|reddit|youtube|venmo|cash ?app|whatsapp|telegram|discord|twitch|linkedin|bluesky|mastodon|onlyfans|handle|username|user name|followers|influenc\w*|streamer|social media|redes sociales|r[ée]seaux sociaux)\b/i;
/** "IG", "FB", "TT", "X" as written, or lower-cased after a preposition or owner ("sube todo a ig"). */
const PLATFORM_ABBREVIATION = /\b(?:IG|FB|TT|X(?![-‐]))\b|\b(?:on|in|via|en|a|no|na|su|sur|auf|his|her|their)[ \t]+(?:ig|fb|tt)\b/;
/**
 * Words any forum uses about its own members ("as @ana posted above", "her account of the case")
 * that also describe a patient's online life ("her story @rae_92 went viral"): they make an
 * @handle an account only in a sentence about a patient that is not addressing a colleague.
 */
const GENERIC_ONLINE_CUE =
  /\b(?:snap|threads|social|perfil|profil|posted|posts|posting|publicou|publi[óo]|a publi[ée]|story|stories|reel|reels|live|stream(?:ing)?|account|conta|cuenta|compte)\b/i;
/**
 * A forum mention of a colleague: "@ana said", "agree with @ana", "thanks @ana", "cc @ana",
 * "per @ana", "as @ana wrote". Read right before or right after the handle only.
 */
const MENTION_BEFORE = /(?:\b(?:agree(?:d|s)?(?: with)?|thanks?|thank you|cc|per|@?re|ping(?:ing)?|dear|hi|hey|credit to|kudos to)[ \t,:]*|^[ \t>*_]*)$/i;
const MENTION_AFTER =
  /^[*_]*(?:[ \t]*[:,—–-]|[ \t]+(?:and|or|is right|was right|makes?|made|said|says|wrote|writes|mentioned|suggested|asked|asks|noted|notes|pointed|replied|answered|raised|described|shared|summari[sz]ed|explained|covered))/i;
/** Public accounts: "Follow @ACCinTouch and @AHAScience for live-tweets from the meeting". */
const PUBLIC_ACCOUNT_CUE = /\b(?:follow|live-?tweet\w*|conference|congress|meeting|journal|society|guidelines?|webinar|podcast|official)\b/i;
const PATIENT_CUE = /\b(?:patient|pt|paciente|patiente|her|his|she|he|mother|father|son|daughter|wife|husband|family|teen|girl|boy|woman|man)\b/i;
/**
 * A handle without "@" after a platform and a verb or colon: "her insta is rae.sunshine_04",
 * "TikTok: mandy.moves". It needs a handle's marks (a dot, an underscore or a digit).
 */
const BARE_HANDLE =
  /(?:instagram|insta|IG|tiktok|tik tok|snapchat|snap|twitter|X handle|handle|username|user name|user|pseudo)(?:[ \t]+(?:handle|account|name|id))?[ \t]*(?:[:=]|\b(?:is|was|es|é|est|ist|era|:))[ \t]*['"“‘]?([A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=[A-Za-z0-9_])){2,29})(?![\w@])/iy;
/** A UPI payment address: "inder83@okaxis" (no dot after the "@", unlike an e-mail). */
const UPI_ID = /(?<![\w.@])[A-Za-z0-9][\w.-]{1,48}@[A-Za-z]{2,20}(?![\w@-]|\.[A-Za-z0-9])/y;
/**
 * A messaging or social app and, within a few words, an ID with a handle's marks: "WeChat (ID
 * deng_lihua96)", "LINE (his ID: tetsuya.nakamura51)", "KakaoTalk (yoonmom72)", "u/ts_rjsa36".
 */
const APP_HANDLE =
  /(?:KakaoTalk|Kakao|LINE|WeChat|Weixin|Viber|Signal|Telegram|Skype|Discord|Snapchat|Instagram|TikTok|Threads|Reddit|Facebook|Messenger|QQ|Zalo|IMO)\b[^\n.;()]{0,16}?(?:\((?:(?:his|her|their|my) )?(?:ID:?[ \t])?|:[ \t]?|\b(?:ID|is|as)[ \t]:?[ \t]?)((?:u\/)?[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9_]*)(?![\w@]|\.[A-Za-z0-9])/y;
const REDDIT_USER = /(?<![\w/])u\/([A-Za-z0-9_-]{3,20})(?![\w/])/g;
const UPI_CUE = /\b(?:UPI|GPay|Google Pay|PhonePe|Paytm|BHIM|VPA|refund|pay|paid|payment|transfer)\b/i;

/**
 * A handle after a platform word found by the keyword trie ("her insta is rae.sunshine_04",
 * "WeChat (ID deng_lihua96)"), or null.
 */
function handleAfterPlatform(text: string, start: number): RawFinding | null {
  BARE_HANDLE.lastIndex = start;
  const bare = BARE_HANDLE.exec(text);
  const handle = bare?.[1] ?? "";
  if (bare && /[._\d]/.test(handle) && !/^\d+(?:\.\d+)?$/.test(handle)) {
    const s = bare.index + bare[0].length - handle.length;
    return { category: "other_id", start: s, end: s + handle.length, level: "block", priority: 75 };
  }
  APP_HANDLE.lastIndex = start;
  const app = APP_HANDLE.exec(text);
  const id = app?.[1] ?? "";
  if (app && id.length >= 4 && !/^\d/.test(id)) {
    const s = app.index + app[0].length - id.length;
    return { category: "other_id", start: s, end: s + id.length, level: "block", priority: 75 };
  }
  return null;
}

function detectHandles(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (text.includes("@")) {
    HANDLE.lastIndex = 0;
    for (const m of text.matchAll(HANDLE)) {
      const end = m.index + m[0].length;
      const around = `${textBefore(text, m.index, 100)} ${textAfter(text, end, 60)}`;
      const platform = PLATFORM_CUE.test(around) || PLATFORM_ABBREVIATION.test(around);
      const patientOnline =
        !platform &&
        GENERIC_ONLINE_CUE.test(around) &&
        PATIENT_CUE.test(around) &&
        !MENTION_BEFORE.test(textBefore(text, m.index, 24)) &&
        !MENTION_AFTER.test(textAfter(text, end, 24));
      if ((platform || patientOnline) && !(PUBLIC_ACCOUNT_CUE.test(around) && !PATIENT_CUE.test(around))) {
        out.push({ category: "other_id", start: m.index, end, level: "block", priority: 75 });
      }
    }
    detectUpiIds(text, out);
  }
  if (text.includes("u/")) {
    REDDIT_USER.lastIndex = 0;
    for (const m of text.matchAll(REDDIT_USER)) {
      const start = m.index + 2;
      out.push({ category: "other_id", start, end: start + (m[1] ?? "").length, level: "block", priority: 75 });
    }
  }
  return out;
}

/** UPI addresses, read outward from each "@" (bounded walks, so linear). */
function detectUpiIds(text: string, out: RawFinding[]): void {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 48 && /[\w.-]/.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= 20 && /[A-Za-z]/.test(text.charAt(end))) end++;
    UPI_ID.lastIndex = start;
    const m = UPI_ID.exec(text);
    if (!m || m.index !== start || start + m[0].length !== end) continue;
    if (UPI_CUE.test(sentenceAround(text, start, end))) {
      out.push({ category: "account", start, end, level: "block", priority: 75 });
    }
  }
}

/** File extensions of uploads; a file name is found from its extension, walking left. */
const FILE_EXTENSION = /\.(?:jpe?g|png|gif|heic|heif|bmp|tiff?|webp|pdf|docx?|xlsx?|pptx?|dcm|dicom|nii|svs|ndpi|edf|bdf|ecg|mov|mp4|avi|mp3|wav|m4a|txt|csv|rtf|zip)(?![\w])/gi;
/** The sentence says the file's name is the problem: "sorry about the file name". */
const FILE_NAME_CUE = /\b(?:file ?name|filename|named|nombre del archivo|nombre de archivo|nom du fichier|nom de fichier|Dateiname|nome do arquivo|nome del file|bestandsnaam)\b/i;
const FILE_CHAR = /[\w.()\-\u00C0-\u024F]/;
/** Placeholder segments of a file-naming template. */
const FILE_PLACEHOLDER = /^(?:yyyy|yy|mm|dd|yyyymmdd|ddmmyyyy|surname|lastname|firstname|givenname|given|forename|initials|patientname|name|nhsno|mrn|hospno|dob|xxx+|nnn+)$/;

function isNameSegment(seg: string): boolean {
  if (seg.length < 3 || COMMON_WORDS.has(seg)) return false;
  if (FIRST_NAMES.has(seg) || SURNAMES.has(seg)) return true;
  // Initial + surname ("tnguyen", "jsmith") or first name + surname ("annakowal").
  if (seg.length >= 5 && SURNAMES.has(seg.slice(1)) && !COMMON_WORDS.has(seg.slice(1))) return true;
  for (let i = 3; i <= seg.length - 3; i++) {
    if (FIRST_NAMES.has(seg.slice(0, i)) && SURNAMES.has(seg.slice(i))) return true;
  }
  // A listed first name run into an unlisted surname: "antoniaarenas", "mariateresamenendez".
  for (let i = 4; i <= seg.length - 5; i++) {
    if (FIRST_NAMES.has(seg.slice(0, i)) && !COMMON_WORDS.has(seg.slice(i))) return true;
  }
  return false;
}

/**
 * "EEG_ASHCROFT_Poppy", "MARCHAND_Yvette": a family name in capitals joined to a capitalised given
 * name, the order registries and PACS exports write.
 */
function capsThenGiven(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    const caps = words[i] ?? "";
    const given = words[i + 1] ?? "";
    if (!/^[A-Z\u00C0-\u00DE]{3,}$/.test(caps) || !/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,}$/.test(given)) continue;
    if (COMMON_WORDS.has(caps.toLowerCase()) || isNeverAName(caps) || COMMON_WORDS.has(given.toLowerCase()) || isNeverAName(given)) continue;
    return true;
  }
  return false;
}

/**
 * True when a file name's stem or a folder path names a person: a listed name or a family name in
 * capitals before a given name. A file name also counts with two capitalised segments that are
 * not clinical words, a full date, or a sentence saying its name is the problem; folders are
 * named with capitalised words ("Program Files") and dates too often for those. A naming
 * template's placeholders ("Surname_Given_EEG_YYYY") name no one.
 */
function stemNamesPerson(stem: string, text: string, start: number, end: number, kind: "file" | "folder"): boolean {
  // Split "IMG_tnguyen_left_foot" and "JohnSmithMRI" into segments.
  const words = stem
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z\u00C0-\u024F]+/)
    .filter((w) => w.length > 0);
  const segments = words.map((w) => w.toLowerCase());
  if (segments.some((segment) => FILE_PLACEHOLDER.test(segment))) return false;
  if (segments.some(isNameSegment) || capsThenGiven(words)) return true;
  if (kind === "folder") return false;
  // "Prohaska_Mandy_EEG", "MBEKI_Thandeka_CXR": two capitalised segments that are not clinical
  // words; a segment in capitals counts when it has a name's shape.
  const capitalised = words.filter((w) => (/^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]{2,}$/.test(w) || (/^[A-Z]{4,}$/.test(w) && hasNameShape(w))) && !isNeverAName(w)).length;
  if (capitalised >= 2) return true;
  if (/(?:19|20)\d\d[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])/.test(stem)) return true;
  return FILE_NAME_CUE.test(sentenceAround(text, start, end)) && /[A-Za-z]{3}/.test(stem);
}

/**
 * A folder path: "C:\PACS_EXPORT\EZEANYA_JUDITH_20240611\DICOM\", "S:\Derm\Clinical Photos\2025\",
 * "/mnt/eeg/2024/MARCHAND_Yvette/", "DICOM\JARETS_SIDNEY\CT_HEAD". A drive letter, a share, a
 * word before a backslash, or a slash after a space or at the start, then two or more segments; only the last segment may end without a separator. Units
 * ("mg/kg/day") and "and/or" do not start after a space with a slash.
 */
const FOLDER_PATH =
  /(?:(?<![A-Za-z])[A-Za-z]:\\|\\\\|(?<=^|[\s("'“])\/|(?<![\w.()\-\\\u00C0-\u024F])(?=[\w.()\-\u00C0-\u024F]+\\))(?:[\w.()\-\u00C0-\u024F]+(?: [\w.()\-\u00C0-\u024F]+){0,3}[\\/]){2,10}[\w.()\-\u00C0-\u024F]*/g;

function detectFileNames(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  FILE_EXTENSION.lastIndex = 0;
  for (const m of text.matchAll(FILE_EXTENSION)) {
    // Walk left over the stem, at most 80 characters, so repeated extensions stay linear.
    let start = m.index;
    const floor = Math.max(0, m.index - 80);
    while (start > floor && FILE_CHAR.test(text.charAt(start - 1))) start--;
    if (start === floor && start > 0 && FILE_CHAR.test(text.charAt(start - 1))) continue;
    while (start < m.index && /[.()-]/.test(text.charAt(start))) start++;
    const stem = text.slice(start, m.index);
    if (stem.length === 0) continue;
    const end = m.index + m[0].length;
    if (stemNamesPerson(stem, text, start, end, "file")) out.push({ category: "other_id", start, end, level: "block", priority: 92, container: true });
  }
  if (text.includes("/") || text.includes("\\")) {
    FOLDER_PATH.lastIndex = 0;
    for (const m of text.matchAll(FOLDER_PATH)) {
      const start = m.index;
      const end = start + m[0].length;
      if (stemNamesPerson(m[0], text, start, end, "folder")) out.push({ category: "other_id", start, end, level: "block", priority: 92, container: true });
    }
  }
  return out;
}

/**
 * Chinese, Japanese and Korean number labels: "住院号 19535164", "등록번호 44308520", "記号: 53-957
 * 番号: 7636" on an insurance card. The label's own words give the category: an inpatient, chart
 * or registration number is a record number; a number in an insurance context a health plan
 * number. An insurer's number (保険者番号, not 被保険者番号) names an organisation and is skipped.
 */
// A value may be grouped by hyphens or single spaces ("マイナンバー 1234 5678 9012").
const CJK_KEY =
  /(住院号|病案号|病历号|門診号|门诊号|カルテ番号|診察券番号|患者番号|患者ID|登録番号|등록번호|병록번호|환자번호|被保険者番号|保険証番号|保险号|医保号|社保号|身份证号|身分證字號|身份證號|マイナンバー|個人番号|주민등록번호|주민번호|외국인등록번호|記号|番号|号码|號碼|编号|編號|번호)[ \t]*[:：]?[ \t]*([A-Za-z0-9](?:[A-Za-z0-9]|[- ](?=[A-Za-z0-9])){2,24})(?![A-Za-z0-9])/g;
/** National numbers: China's resident ID, Taiwan's, Japan's My Number, Korea's resident numbers. */
const CJK_NATIONAL_KEY = /^(?:身份证号|身分證字號|身份證號|マイナンバー|個人番号|주민등록번호|주민번호|외국인등록번호)$/;
const CJK_RECORD = /住院|病案|病历|門診|门诊|カルテ|診察券|患者|登録|등록|병록|환자/;
const CJK_INSURANCE = /保険|保险|医保|社保|健保|보험|insurance/i;

function detectCjkLabels(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (!hasCjk(text)) return out;
  CJK_KEY.lastIndex = 0;
  for (const m of text.matchAll(CJK_KEY)) {
    const key = m[1] ?? "";
    const value = m[2] ?? "";
    if (countDigits(value) < 3 || /^(?:19|20)\d\d$/.test(value)) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    if (/保険者$|保险人$/.test(before) && !/被保険者$/.test(before)) continue;
    // A phone, room, bed, version, model, lot or product number is not a person's identifier.
    if (
      /(?:電話|电话|전화|携帯|手机|핸드폰|휴대폰|部屋|病室|病床|床|房间|房間|병실|병상|版本|バージョン|버전|型|モデル|모델|批|ロット|로트|货|貨|商品|製品|产品|產品|제품|薬品|药品|의약품|承認|批准|許可|허가|文献|論文|论文)$/.test(
        before,
      )
    )
      continue;
    const insured = CJK_INSURANCE.test(`${text.slice(Math.max(0, m.index - 200), m.index)}${key}`);
    let category: PhiCategory;
    if (CJK_NATIONAL_KEY.test(key)) category = "ssn";
    else if (CJK_RECORD.test(key)) category = "mrn";
    else if (insured) category = "health_plan";
    else if (key === "記号")
      continue; // "symbol" outside an insurance card
    else if (countDigits(value) < 5)
      continue; // "番号 12" outside a record or a card is a count
    else category = "other_id";
    const start = m.index + m[0].length - value.length;
    out.push({ category, start, end: start + value.length, level: "block", priority: 86 });
  }
  return out;
}

export const detectIdentifiers: Detector = (ctx: ScanContext) => [
  ...detectCjkLabels(ctx.text),
  ...detectKeyed(ctx.text),
  ...detectShapes(ctx.text),
  ...detectNationalIds(ctx.text),
  ...detectPlates(ctx.text),
  ...detectLongNumbers(ctx.text),
  ...detectUnexplainedNumbers(ctx.text, (b) => MEASURE_BEFORE.test(b) || PRODUCT_BEFORE.test(b) || REGULATOR_BEFORE.test(b) || PUBLIC_DATABASE_BEFORE.test(b)),
  ...detectHandles(ctx.text),
  ...detectFileNames(ctx.text),
];
