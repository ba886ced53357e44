/**
 * Ordinary clinical text that must never be flagged.
 *
 * Two kinds of allowance:
 * 1. Word lists (eponyms, drug and device brands, institution words, placeholders) that the name
 *    detector consults before it reads a capitalised word as a person.
 * 2. Protected spans: citation numbers (PMID, DOI, NCT), product codes (NDC, AIC, PZN, lot), statute
 *    numbers, hotel chains, billing and diagnosis codes (ICD-10, CPT/HCPCS), vitals, textbook page
 *    references, and what public-text.ts finds by context (helplines, examples). A finding that
 *    lies entirely inside a protected span is dropped, whatever detector produced it.
 *
 * Everything else (lab values, doses, years, relative times, ages up to 89) passes because no
 * detector claims it: detectors need an identifier's shape plus its context, not just digits.
 */
import { publicTextSpans } from "./public-text";
import { COMMON_WORDS } from "./lexicon/common-words";
import { decodeWords } from "./lexicon/front-coding";
import { BROAD_PLACES } from "./lexicon/places";
import { BRANDS_CODED, DESCRIPTORS_CODED, EPONYMS_CODED, INSTITUTION_WORDS_CODED, PUBLIC_DOMAINS_CODED } from "./lexicon/word-lists";

/** Placeholders doctors use instead of a name: "Mr. X", "Patient A", "John Doe". */
const PLACEHOLDERS_RAW = `x y z a b c d doe roe anonymous anon redacted blank unknown`;

const MONTHS_AND_DAYS_RAW = `
january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun christmas easter thanksgiving
`;

function words(raw: string): Set<string> {
  return new Set(raw.split(/\s+/).filter((w) => w.length > 0));
}

// The longer lists are edited in scripts/lexicon/words/ (eponyms.txt, brands.txt,
// institution-words.txt, descriptors.txt, public-domains.txt; see scripts/lexicon/make-word-lists.ts).
/** Surnames that name a disease, sign, score or procedure: "Cushing", "Graves", "Babinski". */
export const EPONYMS: ReadonlySet<string> = new Set(decodeWords(EPONYMS_CODED));
/** Drug and device brands: "Eylea", "Keytruda", "Watchman". */
export const DRUG_AND_DEVICE_BRANDS: ReadonlySet<string> = new Set(decodeWords(BRANDS_CODED));
/** Words that make a capitalised sequence an institution, not a person: "Mass General". */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(decodeWords(INSTITUTION_WORDS_CODED));
export const PLACEHOLDER_NAMES: ReadonlySet<string> = words(PLACEHOLDERS_RAW);
/**
 * Capitalised words that describe a patient without naming them: ethnicity, nationality, language,
 * religion, code status. "Pt is Hispanic", "patient is Jehovah's Witness", "pt is DNR".
 */
const DESCRIPTORS: ReadonlySet<string> = new Set(decodeWords(DESCRIPTORS_CODED));
const MONTHS_AND_DAYS: ReadonlySet<string> = words(MONTHS_AND_DAYS_RAW);

/** Lower case, without a possessive "'s" and then without one trailing period ("Smith's." -> "smith's"). */
function normalise(word: string): string {
  let w = word.toLowerCase();
  // String tests instead of two regex replacements: this runs for most capitalised words of a post.
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  return w.endsWith(".") ? w.slice(0, -1) : w;
}

/**
 * True when a capitalised word is never a person's name, whatever cue precedes it: a function word,
 * clinical word, month or weekday ("Mr. And", "her son Tuesday"). Places are not included because
 * many are also family names ("PATIENT: JEFFERSON, MAVIS").
 */
export function isCommonWord(word: string): boolean {
  const w = normalise(word);
  return COMMON_WORDS.has(w) || MONTHS_AND_DAYS.has(w);
}

/** A country, US state, province or broad region ("Norway", "Texas", "Midwest"). */
export function isBroadPlace(word: string): boolean {
  return BROAD_PLACES.has(normalise(word));
}

/**
 * True when a capitalised word should not be read as a name on weak evidence: a common word, an
 * eponym ("Cushing's"), a drug or device brand ("Eylea"), an institution word ("General"), a place
 * or a descriptor ("Hispanic").
 * Strong cues (a title, a relationship, a form label) consult only `isCommonWord`, because
 * "Mrs. Wells" is a person even though Wells is also a score, and "Mr. Washington" even though
 * Washington is also a state.
 */
/**
 * Endings of disease, procedure and drug names: "Pneumonia"-style words are caught by the common
 * list, these catch the rest ("Sarcoidosis", "Metoprolol", "Pembrolizumab") without a dictionary.
 */
const MEDICAL_ENDING =
  /(?:itis|osis|emia|aemia|noma|rcoma|phoma|eloma|lioma|stoma|ipoma|broma|ngioma|pathy|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|algia|mab|nib|pril|olol|sartan|statin|azole|cillin|mycin|floxacin|cycline|tidine|prazole|gliptin|gliflozin|glutide|parin|xaban|gatran|platin|taxel|rubicin|trexate|dronate|setron|triptan|zepam|zolam|azine|barbital|caine|terol|tropium|vudine|navir|tegravir|previr|asvir|buvir|feron|kinase|uria|plegia|paresis|trophy|megaly|rrhea|rrhage)$/;

/** The union of the lists isNeverAName reads: one lookup instead of seven (it runs for most words). */
let neverANameWords: ReadonlySet<string> | null = null;

export function isNeverAName(word: string): boolean {
  const w = normalise(word);
  if (w.length > 4 && MEDICAL_ENDING.test(w)) return true;
  neverANameWords ??= new Set([...COMMON_WORDS, ...MONTHS_AND_DAYS, ...BROAD_PLACES, ...DESCRIPTORS, ...EPONYMS, ...DRUG_AND_DEVICE_BRANDS, ...INSTITUTION_WORDS]);
  return neverANameWords.has(w);
}

/** "Mr. X", "Patient A", "John Doe": a stand-in, not a name. */
export function isPlaceholderName(word: string): boolean {
  return PLACEHOLDER_NAMES.has(word.toLowerCase().replace(/[.]$/, ""));
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Patterns for text that looks like an identifier but is public or clinical. Each is linear:
 * single character classes with bounded repetition, no nested quantifiers over the same characters.
 */
const PROTECTED_PATTERNS: readonly RegExp[] = [
  // Citations: PMID 31234567, PMCID PMC1234567, DOI 10.1056/NEJMoa1912388, trial NCT01234567.
  /\b(?:PMID|PMCID|PubMed(?: ID)?)[\s:#]{0,3}(?:PMC)?\d{4,9}/gi,
  /\b10\.\d{4,9}\/[^\s"<>()]{1,200}/g,
  /\bPMC\d{5,9}\b/g,
  /\bNCT\d{8}\b/g,
  // The NEJM's Case Records and other journals' numbered cases: "Case 12-2023", "CPC 4-2019".
  /\b(?:Case|CPC)[ \t]\d{1,2}-(?:19|20)\d\d\b/g,
  /\bIS[BS]N(?:-1[03])?[\s:]{0,3}[\dX-]{8,17}/gi,
  // Product codes: NDC 0002-1433-80, lot 23H041 (drug and device lots are not patient data).
  /\bNDC[\s:#]{0,3}\d{4,5}-\d{3,4}-\d{1,2}\b/gi,
  // Drug product codes: Italian AIC, German PZN, Canadian DIN, French CIP, Belgian CNK, pharmacode.
  /\b(?:AIC|NDC|PZN|DIN|CIP|CNK|[Pp]harmacode)\W{0,3}(?:n[°º.]?\s?|no\.?\s?)?\d[\d-]{5,13}/g,
  // Statutes and official circulars: "Lei nº 13.709/2018", "Ley 41/2002", "Decreto 7.508/2011",
  // "PhilHealth Circular 2023-0013", "Surat Edaran 12/2024" are public law and public notices.
  /\b(?:Lei|Ley|Loi|Law|Act|Decreto(?:-Lei)?|D[ée]cret|Decree|Gesetz|Resolu[çc][ãa]o|Resoluci[óo]n|Portaria|RDC|Directive|Regulation|Real Decreto|Statute|Circular|Circulaire|Circolare|Rundschreiben|Memorandum(?: Circular)?|Advisory|Bulletin|(?:Administrative|Department|Executive) Order|Genelge|Okólnik|Zarządzenie|Rozporządzenie|Ustawa|Surat Edaran|Peraturan|Permenkes|Keputusan)[ \t]{1,3}(?:n(?:[º°o]|ro|úm|um)?\.?[ \t]{0,2})?\d{1,6}(?:[./-]\d{1,6}){0,3}/gi,
  // Hotel chains are venues, not anyone's address.
  /\b(?:Hilton|Ibis|Premier Inn|Marriott|Holiday Inn|Novotel|Travelodge|Radisson|Hyatt|Sheraton)\b/g,
  /\b(?:GTIN|UPC|EAN|SKU|cat(?:alog)?\.? ?(?:no\.?|#)|model(?: no\.?| #| number)?)[\s:#]{0,3}[0-9A-Z][0-9A-Z-]{4,19}\b/gi,
  // A device label's catalogue "REF" is printed in capitals; a lower-case "card ref" is a patient's.
  /\bREF[\s:#]{0,3}[0-9A-Z][0-9A-Z-]{4,19}\b/g,
  /\b(?:lot|batch)(?: (?:no\.?|number|#))?[\s:#]{0,3}[A-Z0-9][A-Z0-9-]{2,19}\b/gi,
  // Codes: ICD-10 (I21.A1, E11.9, I10), CPT E/M (99214), HCPCS (G2211), "CPT 12345", LOINC 2345-7.
  /\b[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?\b/g,
  /\b99[2-4]\d\d\b/g,
  /\b[A-V]\d{4}\b/g,
  /\b(?:CPT|HCPCS|ICD-?10|ICD-?9|LOINC|SNOMED|DRG|RxNorm)(?:[\s:#-]{1,3}(?:code[\s:]{1,2})?[A-Z]?\d[\dA-Z.-]{0,9}){1,3}/gi,
  // Medicine and device registrations with their regulator or schedule: "NAPPI 703847-001", "DRAP
  // registration 048271", "NAFDAC Reg No. A4-0092", "AUST R 12345", "PL 12345/0001".
  /\b(?:NAPPI|DRAP|NAFDAC|CDSCO|ANVISA|COFEPRIS|INVIMA|ANMAT|DIGEMID|SAHPRA|AUST[ \t]?[LR]|Medsafe|PMDA|NMPA|BPOM|SFDA|TMDA|PPB|MHRA|EMA|PL|PBS(?:[ \t]item)?|MBS(?:[ \t]items?)?)(?:[ \t]+(?:[Rr]eg(?:istration|istro|\.)?|[Ll]icen[cs]e|[Aa]pproval|[Pp]roduct|[Ii]tem|[Cc]ode|[Nn]umber|[Nn]o\.?|[Nn][º°]|#)){0,3}[\s:#.]{0,3}[A-Z0-9][A-Z0-9/-]{2,19}\b/g,
  // A long code number named a code right after it: "no 1049621000000106 review code".
  /\b\d{6,18}(?=[ \t]+(?:[a-z]+[ \t]+)?codes?\b)/g,
  // An SMS short code: "text STOP to 38353", "SMS the pack code to 1393".
  // The digits come first so only digits pay for the look back, which is bounded.
  /(?<!\d)\d{3,6}\b(?<=\b(?:text|txt|sms|SMS|send)\b[^.\n]{0,30}?\bto[ \t]{1,3}\d{3,6})/g,
  // Vitals: BP 120/80 (never a date), and textbook references: p. 2418, pp. 120-130, ch. 311.
  /\b(?:BP|blood pressure|SBP|DBP)[\s:]{0,3}\d{2,3}\/\d{2,3}/gi,
  /\b(?:pp?|ch|chap|vol|fig)\.\s?\d{1,5}(?:-\d{1,5})?\b/gi,
];

/**
 * Spans of `text` that no finding may fall inside: the patterns above, and public text that its
 * context shows to be nobody's (public-text.ts: helplines, examples, workplaces, event dates).
 * Sorted by start; may overlap.
 */
export function protectedSpans(text: string): Span[] {
  const spans: Span[] = publicTextSpans(text);
  for (const pattern of PROTECTED_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  return spans;
}

/**
 * Public web sites whose links are never patient-specific: journals, indexes, guideline bodies,
 * government health agencies, drug references and medical calculators.
 */
const PUBLIC_DOMAINS: ReadonlyArray<{ host: string; path: string }> = decodeWords(PUBLIC_DOMAINS_CODED).map((d) => {
  const slash = d.indexOf("/");
  return slash === -1 ? { host: d, path: "" } : { host: d.slice(0, slash), path: d.slice(slash) };
});

/**
 * True when a URL points at public reference material. Government, education and international
 * health agency domains (.gov, .edu, .int) count as public unless the link carries a patient-looking
 * parameter, as do the listed journals and guideline sites.
 */
export function isPublicReferenceUrl(url: string): boolean {
  const lower = url.toLowerCase();
  const withoutScheme = lower.replace(/^https?:\/\//, "").replace(/^www\./, "");
  const slash = withoutScheme.search(/[/?#]/);
  const host = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
  const rest = withoutScheme.slice(host.length);
  if (/[?&](?:acct|account|mrn|patient|pt|pid|member|id|user|uid|token)=/.test(lower)) return false;
  if (/(?:^|\.)(?:mychart|portal|patient|myhealth|followmyhealth)/.test(host)) return false;
  if (/\.(?:gov|edu|int|mil)$/.test(host) || /\.(?:gov|nhs|ac)\.[a-z]{2}$/.test(host)) return true;
  return PUBLIC_DOMAINS.some((d) => (host === d.host || host.endsWith(`.${d.host}`)) && (d.path === "" || rest.startsWith(d.path)));
}
