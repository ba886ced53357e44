/**
 * Contact identifiers: phone, fax, e-mail, URL, IP address (and a MAC address, reported as a
 * device identifier).
 *
 * Rules:
 * - Phone numbers are read in every country's writing and checked against the country's numbering
 *   plan (detectors/phone-plans.ts). A number after "+" or "00", a formatted North American
 *   number, and a grouped national number with its trunk prefix ("06 12 34 56 78", "0412 345 678",
 *   "(02) 9876 5432") are phones and block; a fax when the nearest cue before it says fax.
 * - A bare national number, a number without trunk prefix ("612 345 678", "138 0013 8000") or a
 *   local number ("555-0199") needs a phone cue ("call", "mobile", "tel", "电话", "celular") to
 *   block; a bare 10-digit or trunk number without one warns.
 * - Freephone and shared-cost lines (800, 0800, 1800, 13 xx xx) are organisations, not patients,
 *   and are not reported; nor are dates, measurements, or digits after the label of another
 *   identifier ("MRN", "SN", "policy"), which warn at most.
 * - The physician's own contact details ("reach me on my clinic line, ...", "email me at ...") and role
 *   mailboxes (referrals@, info@) warn instead of blocking: they are not patient data, but the
 *   physician confirms that.
 * - Every e-mail address and IP address otherwise blocks.
 * - A link blocks when it is patient-specific: a portal or record link, a personal blog, social
 *   or fundraising page, an ID in the path or query, or a sentence about the patient. Public
 *   reference links (journals, guidelines, .gov) are protected by the allowlist; other links warn.
 */
import { isPublicReferenceUrl } from "../clinical-allowlist";
import { countDigits, textAfter, textBefore, UNIT_AFTER } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";
import { NATIONAL_CANDIDATES, fitsNational, internationalNational } from "./phone-plans";
import { findUrls } from "./url-scan";
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { COMMON_WORDS } from "../lexicon/common-words";

/**
 * A run of digit groups that may be a phone number, in any country's writing: "+33 (0)1 42 68 53 00",
 * "(02) 9876 5432", "(11) 98765-4321", "030/1234567", "07700 900461", "7735550163". Groups are
 * joined by one separator (a space, or "-", "." or "/" with optional spaces); a group may open with
 * a parenthesised area code. Bounded to seven groups, so each start is examined a bounded number of
 * times. The shape is read by `readPhone`; this only finds candidates cheaply.
 */
const GROUP = "(?:\\(\\d{1,5}\\)[ ]?)?\\d{1,15}";
const SEPARATOR = "(?:[ ]?[-./][ ]?|[ ])";
const PHONE_RUN = new RegExp(
  `(?<![\\w+./:-]|\\d,)(?:\\+[ ]?)?${GROUP}(?:${SEPARATOR}${GROUP}){0,6}(?:,?[ ]?(?:[Ee]xt\\.?|[Xx]|[Ee]xtension)[ ]?\\d{1,5})?(?![\\w/]|[-.:,]\\d)`,
  "g",
);
const EXTENSION = /,?[ ]?(?:[Ee]xt\.?|[Xx]|[Ee]xtension)[ ]?\d{1,5}$/;
const SHORT_LAST_GROUP = /[ ]\d{1,3}$/;
/** North American grouping: "(312) 555-0187", "312.555.0187", "+1 773 555 0102", "7735550163". */
const NANP_SHAPE = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}$/;
/** A date is never a phone number: "03.12.2023", "2023-03-12", "12 03 2023". */
const DATE_SHAPE = /^(?:\d{1,2}[ ./-]\d{1,2}[ ./-](?:\d{2}|\d{4})|\d{4}[ ./-]\d{1,2}[ ./-]\d{1,2})$/;
/** Local numbers read only after a cue: "555-0199", "9876 5432". */
const LOCAL_SHAPE = /^\d{3,4}[ .-]\d{4}$/;

const TOLL_FREE = new Set(["800", "822", "833", "844", "855", "866", "877", "888"]);
/**
 * Numbers of organisations, not people: freephone and shared-cost lines as written nationally
 * ("0800 ...", "0845 ...", "1800 ...", "1300 ...", "13 11 14", Chile's ten-digit "600 360 7777",
 * the nine-digit "800 123 456" and "900 123 456" of Spain and Italy) or after a country code ("+44 800
 * ...", "+61 1300 ..."). UK "0300" lines are left to the institution rule: "0300-1234567" is also
 * a Pakistani mobile.
 */
const SERVICE_WRITTEN = /^(?:0(?:80[08]|84[345])|1[38]00|1850|13\d{4}$|600\d{7}$|[89]00\d{6}$)/;
const SERVICE_AFTER_CODE = /^(?:80[08]|1[38]00|1850|13\d{4}$)/;

/** Words that say the next number is a phone number. */
const PHONE_CUE =
  /\b(?:phone|phones|phoned|ph|tel|tél|telephone|téléphone|telefon|telefone|teléfono|telefono|tfn|tlf|cell|cellphone|cel|celular|mobile|mob|móvil|movil|portable|handy|landline|home|work|number|no|nr|call|called|calling|callback|call back|calls|reach|reached|reachable|contactable|text|texts|texted|texting|sms|whatsapp|whats|wpp|zap|zapzap|viber|wechat|zalo|kakao|kakaotalk|telegram|signal|contact|voicemail|rang|ring|pager|line|dial|llam(?:ar|an|en|e|a|aron|ando)|ligar|ligue|ligou|appel(?:er|le|lez)|rappel(?:er|le|lez)|chiama(?:re)?|chiami|anrufen|goi)\b|\b(?:llamó|gọi)(?![\w\u00C0-\u1EF9])|\b(?:son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|relative|attender|attendant|carer|caregiver|guardian|neighbou?r|friend|kin|niece|nephew|grandson|granddaughter|partner)(?:'s)?(?:[ \t][a-z]{2,12}){0,2}[ \t](?:on|at)\b|#|(?<![\w:])[MHTW](?=[ \t]?:[ \t]?[+(\d])|电话|手机|電話|携帯|전화|휴대폰|핸드폰|연락처|điện thoại|SĐT|sđt|फ़ोन|फोन|मोबाइल/gi;
const FAX_CUE = /\bfax(?:ed|ing|es)?\b|\bfacsimile\b|\btélécopie\b/gi;
/**
 * Labels of other numbers: a grouped number after one of these is an identifier of another kind
 * (read by the identifier detectors), not a phone, unless a phone cue is nearer.
 */
/** "rang the clinic from 0401 674 942": the number after "from" is the caller's own. */
const CALLED_FROM = /\bfrom[ \t]{1,2}$/;
const OTHER_NUMBER_LABEL =
  /\b(?:mrn|nhs|medicare|medicaid|ssn|sin|nin|insurance|policy|member|claim|account|acct|invoice|order|accession|specimen|sample|case|serial|ref|reference|id|licen[cs]e|registration|passport|aadhaar|cpf|dni|nie|bsn|pesel|ihi|nric|hkid|abha|uhid|bed|room|isbn|sn|s\/n|serial|device|imei|udi|model|pump|card|visa|mastercard|amex|iban|bsb|routing|sort code|item|product|catalog|catalogue|pzn|ndc|gtin|ean|sku|lot|batch|version|build|firmware|c[óo]digo|codigo|code|sigtap|tuss|procedure|procedimento|procedimiento)\b/gi;

/** The Scottish CHI number, in capitals only: "chi" is also a Vietnamese and Italian word ("chị Lan", "chi"). */
const CHI_LABEL = /\bCHI\b/g;

/**
 * The posting physician's own line or mailbox: "call my office line", "my cell", "email me at",
 * "reach us at". Checked on the text just before the number.
 */
const OWN_CONTACT =
  /\b(?:(?:call|text|page|reach|contact|email|e-mail|fax|ring|message|ping)(?: me| us| our| my)\b|(?<!\b(?:[a-z]{2,12}ed|rang|rung|got|gave|sent|told|asked)[ \t])(?:me|us) at\b|my(?: [a-z'’-]{2,12}){0,2} (?:line|number|phone|cell|mobile|pager|office|desk|fax|email|e-mail|address|extension|ext)\b|our(?: [a-z'’-]{2,12}){0,2} (?:line|number|office|clinic|desk|fax|email|e-mail|extension|hotline|center|centre)\b|(?:meu|minha|mi|mon|ma|mein|meine|meiner|mio|mia|nosso|nossa|nuestro|nuestra|notre|unser|unsere)(?: [a-zà-ÿ'’-]{2,12}){0,2} (?:zap|whats(?:app)?|celular|cel|telefone|tel[ée]fono|telefono|n[úu]mero|num[ée]ro|numero|m[óo]vil|portable|handy|handynummer|telefonnummer|nummer|fixo|consult[óo]rio|cabinet|praxis|ambulatorio))/gi;

/** Third-person words that break an own-contact cue: "my cell was listed, not hers: it is". */
const THIRD_PERSON =
  /\b(?:his|her|hers|he|she|their|theirs|them|pt|pt's|patient|patient's|wife|husband|son|daughter|mother|father|mom|dad|family|employer|sister|brother|nephew|niece|parent|parents)\b/i;

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index + m[0].length;
  return last;
}

/**
 * An institution's line with no person attached: "call the transfer center at ...", "the
 * pharmacy desk is ...". With a third-person word ("her cardiologist's office", "his employer's
 * HR") the number belongs to the patient's circle and still blocks.
 */
const INSTITUTION_LINE =
  /\b(?:transfer cent(?:er|re)|access cent(?:er|re)|call cent(?:er|re)|hotline|helpline|switchboard|operator|answering service|pharmacy|front desk|nursing station|nurses'? station|main line|department|dept|registration|scheduling|billing office|hospital|clinic|ward|unit|lab|laboratory|radiology|poison control|crisis line|consult line|pager|bleep|practice|station|stationstelefon|praxis|zentrale|pforte|servicio|planta|enfermer[íi]a|enfermaria|reparto|accueil|secr[ée]tariat|standard|antipoison|giftnotruf|SAMU|toxicolog\w*|on-?call|registrar|reg|consultant|attending|secretary|cardiologist|oncologist|neurologist|radiologist|anaesthetist|anesthesiologist|intensivist|surgeon)\b|\b(?:Dr|Dra|Prof)\.?[ \t]+[A-Z]/i;

/**
 * Nouns of a service rather than a person: "the transplant coordinator on ...", "the referrals
 * team", "the advice line", "our booking office". Checked like INSTITUTION_LINE.
 */
const SERVICE_NOUN =
  /\b(?:line|city|county|municipal(?:ity)?|prefecture|council|government|coordinator|coordinators|co-ordinator|team|service|services|office|desk|cent(?:er|re)|enquiries|inquiries|bookings?|appointments?|triage|intake|admissions|reception|outpatients?|program(?:me)?|study|trial|registry|society|association|foundation|charity|support|information|advice|advice line|service desk|helpdesk|secretaries|secretariat|liaison|bureau|agency|authority|ministry|council|commission|institute)\b/i;

/**
 * What follows a service's number: its hours or its menu ("during office hours", "24/7",
 * "Mon-Fri 9-5", "option 2", "press 3"). A person's number is not given with opening hours.
 */
const SERVICE_HOURS_AFTER =
  /^[ \t,;(–—-]{0,4}(?:(?:during|in|within|outside)[ \t](?:office|working|business|clinic|opening)[ \t]hours|(?:open[ \t])?24[ \t]?\/[ \t]?7|24[ \t]hours|(?:open|available|staffed)\b|(?:mon(?:day)?|weekdays)[ \t]?[-–to]{1,3}[ \t]?(?:fri|sat|sun)|(?:option|press|opt)[ \t]\d|ext(?:ension)?\.?[ \t]?\d{2,5}[ \t,;)]{1,3}(?:during|open|24))/i;

/**
 * An e-mail address of a role mailbox or an institution in the same sentence, just before the
 * number: "referrals@trust.nhs.uk, fax 020 ...", "info@society.org or call +33 ...".
 */
const SERVICE_MAIL_BEFORE =
  /(?:^|[^A-Za-z0-9._%+-])(?:[A-Za-z0-9]+[._-])*(?:info|contact|referrals?|intake|admin|support|office|help|enquiries|inquiries|appointments|bookings?|team|secretariat|triage)(?:[._-][A-Za-z0-9]+)*@[A-Za-z0-9.-]+\.[A-Za-z]{2,24}[^.!?\n]{0,40}$/i;

function isInstitutionLine(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, 60);
  if (THIRD_PERSON.test(before)) return false;
  return INSTITUTION_LINE.test(before) || SERVICE_NOUN.test(before) || SERVICE_MAIL_BEFORE.test(textBefore(text, start, 100)) || SERVICE_HOURS_AFTER.test(textAfter(text, end, 40));
}

/**
 * Someone else speaking ("it's Leo calling about mum ... ring me back on ...", said the
 * voicemail): "me" is the quoted speaker, not the poster. True when `pos` is inside a quotation (an
 * odd number of straight quotes, or an unclosed curly one, before it on its line, at most 300
 * characters back) and the quotation or its lead-in names another speaker.
 */
const OTHER_SPEAKER =
  /\b(?:voicemail|voice mail|voice message|transcript|caller|it's|this is|calling about|calling for)\b|(?<!\b(?:I|we)[ \t])\b(?:said|says|wrote|texted|left)\b/i;

function quotedOtherSpeaker(text: string, pos: number): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", pos - 1) + 1, pos - 300);
  let open = -1;
  let curly = -1;
  for (let i = lineStart; i < pos; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) open = open === -1 ? i : -1;
    else if (c === 0x201c) curly = i;
    else if (c === 0x201d) curly = -1;
  }
  const quoteStart = open !== -1 ? open : curly;
  if (quoteStart === -1) return false;
  // The lead-in, the quotation and what follows its close: "...", said the voicemail.
  const close = text.indexOf(open !== -1 ? '"' : "\u201d", pos);
  const tail = close === -1 || close - pos > 300 ? pos : close + 1;
  return OTHER_SPEAKER.test(text.slice(Math.max(lineStart, quoteStart - 80), tail + Math.min(60, text.length - tail)));
}

function isOwnContact(text: string, start: number): boolean {
  if (quotedOtherSpeaker(text, start)) return false;
  const before = textBefore(text, start, 60);
  OWN_CONTACT.lastIndex = 0;
  let lastEnd = -1;
  let cue = "";
  for (const m of before.matchAll(OWN_CONTACT)) {
    lastEnd = m.index + m[0].length;
    cue = m[0];
  }
  // "my patient's number", "our patient's daughter's line": someone else's number after all.
  if (lastEnd === -1 || THIRD_PERSON.test(cue)) return false;
  // "keeps emailing me at 3am from nour.s94@…", "texts us from 0803…": "from" names the sender.
  return !THIRD_PERSON.test(before.slice(lastEnd)) && !/\bfrom\b/i.test(before.slice(lastEnd));
}

/** Start of the cue window: up to `n` characters back, not before the sentence start. */
function textStartOfWindow(text: string, pos: number, n: number): number {
  return pos - textBefore(text, pos, n).length;
}

interface NumberCues {
  category: "phone" | "fax";
  /** Characters between the nearest phone or fax cue and the number; Infinity when none. */
  distance: number;
  /** Same for the strong cues only (not "no", "#", "line"). */
  strongDistance: number;
  /** True when the label of another kind of number ("MRN", "policy") is nearer than any phone cue. */
  otherLabel: () => boolean;
}

/** Phone cues too loose to make a bare run of digits a phone on their own. */
const LOOSE_PHONE_CUE = /^(?:no|nr|#|line)$/i;

/** The cues before a number: whichever of phone and fax is nearest wins (fax only if there is one). */
function readCues(text: string, start: number, floor: number): NumberCues {
  const before = text.slice(Math.max(floor, textStartOfWindow(text, start, 80)), start);
  const fax = lastMatchEnd(FAX_CUE, before);
  let phone = -1;
  let strong = -1;
  PHONE_CUE.lastIndex = 0;
  for (const m of before.matchAll(PHONE_CUE)) {
    phone = m.index + m[0].length;
    if (!LOOSE_PHONE_CUE.test(m[0])) strong = phone;
  }
  strong = Math.max(fax, strong);
  const nearest = Math.max(fax, phone);
  return {
    category: fax !== -1 && fax >= phone ? "fax" : "phone",
    distance: nearest === -1 ? Infinity : before.length - nearest,
    strongDistance: strong === -1 ? Infinity : before.length - strong,
    otherLabel: once(() => Math.max(lastMatchEnd(OTHER_NUMBER_LABEL, before), lastMatchEnd(CHI_LABEL, before)) > nearest),
  };
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

/** How a number is written, which decides how much context it needs to be a phone. */
type Shape = "international" | "nanp" | "trunk" | "parenthesised" | "grouped" | "local";

interface Reading {
  shape: Shape;
  /** The number without a trailing extension. */
  body: string;
  digits: string;
  /** True when the digits fit a numbering plan (see phone-plans.ts); computed on first call. */
  fits: () => boolean;
  formatted: boolean;
}

function once(f: () => boolean): () => boolean {
  let value: boolean | undefined;
  return () => (value ??= f());
}

const YES = () => true;

/**
 * Reads one candidate run. Returns null for what is never a person's phone: too few or too many
 * digits, a date, an organisation's freephone or shared-cost line.
 */
function readPhone(raw: string): Reading | null {
  const body = raw.replace(EXTENSION, "");
  if (DATE_SHAPE.test(body)) return null;
  const formatted = /[ .()/-]/.test(body.replace(/^\+/, ""));
  if (body.startsWith("+") || /^00[1-9]/.test(body)) {
    // "+33 (0)1 ...": the written trunk is not dialled.
    const digits = digitsOf(body.replace(/\(0\)/, "")).replace(/^00/, "");
    if (digits.length < 8 || digits.length > 15) return null;
    if (digits.startsWith("1") && TOLL_FREE.has(digits.slice(1, 4))) return null;
    const national = internationalNational(digits);
    if (national !== null && SERVICE_AFTER_CODE.test(national)) return null;
    const fits = national !== null;
    if (body.startsWith("+") || fits) return { shape: "international", body, digits, fits: () => fits, formatted: true };
  }
  const digits = digitsOf(body);
  if (digits.length < 7 || digits.length > 13) return null;
  if (SERVICE_WRITTEN.test(digits)) return null;
  if (NANP_SHAPE.test(body)) {
    const national = digits.length === 11 ? digits.slice(1) : digits;
    if (national.length === 10 && /^[2-9]\d\d[2-9]/.test(national)) {
      return { shape: "nanp", body, digits: national, fits: YES, formatted };
    }
  }
  const fits = once(() => fitsNational(digits, NATIONAL_CANDIDATES) !== null);
  if (digits.startsWith("0") || body.startsWith("(0")) {
    return digits.length >= 9 ? { shape: "trunk", body, digits, fits, formatted } : null;
  }
  if (LOCAL_SHAPE.test(body)) return { shape: "local", body, digits, fits: YES, formatted: true };
  if (/^\(\d{2,4}\)/.test(body)) return { shape: "parenthesised", body, digits, fits, formatted: true };
  return { shape: "grouped", body, digits, fits, formatted };
}

/** The level a reading earns from its shape and the cues before it, or null for no finding. */
function levelOf(reading: Reading, cues: NumberCues, text: string, start: number): { level: "block" | "warn"; priority: number } | null {
  const cued = cues.distance <= 80 && !cues.otherLabel();
  const closeCue = cues.strongDistance <= 40 && !cues.otherLabel();
  switch (reading.shape) {
    case "international":
      return { level: "block", priority: reading.fits() ? 60 : 55 };
    case "nanp": {
      // Toll-free numbers belong to organisations, unless the sentence says whose they are.
      if (TOLL_FREE.has(reading.digits.slice(0, 3)) && !THIRD_PERSON.test(textBefore(text, start, 60))) return null;
      if (reading.formatted) return { level: "block", priority: 60 };
      return cued ? { level: "block", priority: 50 } : { level: "warn", priority: 30 };
    }
    case "trunk":
      if (!reading.fits()) return cued && reading.digits.length <= 12 ? { level: "block", priority: 45 } : null;
      if (cued) return { level: "block", priority: 55 };
      // "06 12 34 56 78", "0412 345 678": a grouped national number is written as a phone.
      if (reading.formatted && !cues.otherLabel()) return { level: "block", priority: 50 };
      return { level: "warn", priority: 30 };
    case "parenthesised":
      if (!reading.fits()) return cued ? { level: "warn", priority: 30 } : null;
      return cues.otherLabel() ? { level: "warn", priority: 30 } : { level: "block", priority: 50 };
    case "local":
      return cued ? { level: "block", priority: 45 } : null;
    case "grouped":
      // "612 345 678", "138 0013 8000", "912 34 567": digits like these are phones only after a cue.
      return closeCue && reading.fits() ? { level: "block", priority: 50 } : null;
  }
}

/** How a number is grouped: "0078-0357-15" -> "4-4-2", "03.01.01.007-2" -> "2.2.2.3-1". */
function groupShape(raw: string): string {
  return raw.replace(/\d+/g, (run) => String(run.length));
}

function detectPhones(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  // Cues are read back to the previous number at most, so "Tel 480-..., fax 480-..." reads
  // "Tel" for the first number and "fax" for the second.
  let floor = 0;
  let previous: { shape: string; end: number; otherLabel: boolean } | null = null;
  PHONE_RUN.lastIndex = 0;
  for (const m of text.matchAll(PHONE_RUN)) {
    const start = m.index;
    let raw = m[0];
    // Most runs are short numbers ("120", "2.5"): count digits before reading anything else.
    if (countDigits(raw) < 7) continue;
    let reading = readPhone(raw);
    // A run may swallow a short number after the phone ("0412 345 678 2 doses"): when the whole
    // run does not read as a phone, the run without up to two short trailing groups may.
    if ((!reading || (reading.shape !== "grouped" && !reading.fits())) && !EXTENSION.test(raw)) {
      let shorter = raw;
      for (let drop = 0; drop < 2 && SHORT_LAST_GROUP.test(shorter); drop++) {
        shorter = shorter.replace(SHORT_LAST_GROUP, "");
        const retry = readPhone(shorter);
        if (retry?.fits()) {
          raw = shorter;
          reading = retry;
          break;
        }
      }
    }
    if (!reading) continue;
    let end = start + raw.length;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) {
      // "0412 345 678 2 times": the unit measures the last short group, not the phone before it.
      if (!SHORT_LAST_GROUP.test(raw)) continue;
      raw = raw.replace(SHORT_LAST_GROUP, "");
      reading = readPhone(raw);
      if (!reading?.fits()) continue;
      end = start + raw.length;
    }
    const cues = readCues(text, start, floor);
    const shape = groupShape(raw);
    // "NDC 0078-0357-15 vs 0078-0357-34", "código 03.01.01.007-2; o 03.01.01.006-4": a number
    // written like the labelled number just before it, in the same sentence, is of its kind.
    const likeLabelled: boolean =
      previous !== null && previous.shape === shape && previous.otherLabel && start - previous.end <= 60 && !/[.!?\n]\s/.test(text.slice(previous.end, start));
    previous = { shape, end, otherLabel: cues.otherLabel() || likeLabelled };
    floor = end;
    if (likeLabelled) continue;
    const level = levelOf(reading, cues, text, start);
    if (!level) continue;
    // "she rang our clinic from 0401 674 942": a number someone called from is theirs.
    const callersNumber = CALLED_FROM.test(text.slice(Math.max(0, start - 12), start));
    const mine = !callersNumber && (isOwnContact(text, start) || isInstitutionLine(text, start, end));
    out.push({ category: cues.category, start, end, level: mine ? "warn" : level.level, priority: level.priority, ...(mine ? { serviceLine: true } : {}) });
  }
  detectSpokenPhones(text, out);
  return out;
}

/**
 * A dictated number that the typist left in words: "mobile oh four one two, three four five ...".
 * Seven to fifteen digit words ("oh" and "zero" for 0; "double"/"triple" repeat the next one).
 */
const SPOKEN_DIGITS = /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)[ \t,-]{1,2}){6,16}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi;

function detectSpokenPhones(text: string, out: RawFinding[]): void {
  SPOKEN_DIGITS.lastIndex = 0;
  for (const m of text.matchAll(SPOKEN_DIGITS)) {
    let digits = 0;
    let repeat = 1;
    for (const w of m[0].toLowerCase().split(/[ \t,-]+/)) {
      if (w === "double" || w === "triple") repeat = w === "double" ? 2 : 3;
      else if (w.length > 0) {
        digits += repeat;
        repeat = 1;
      }
    }
    if (digits < 7 || digits > 15) continue;
    // Dictation reads a phone only after a cue: "mobile", "ring", "number", "on".
    const cues = readCues(text, m.index, 0);
    if (cues.strongDistance > 40 && !/\b(?:on|at|is)[ \t]*$/i.test(textBefore(text, m.index, 6))) continue;
    out.push({ category: cues.category, start: m.index, end: m.index + m[0].length, level: cues.strongDistance <= 40 ? "block" : "warn", priority: 50 });
  }
}

/** Local-part and domain characters of an e-mail address. */
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** A role mailbox: the whole local part or one of its dotted parts ("transplant.intake"). */
const ROLE_MAILBOX =
  /(?:^|[._-])(?:info|contact|referrals?|intake|admin|support|office|help|clinic|team|press|media|noreply|no-reply|hello|enquiries|inquiries|appointments|scheduling|billing|compliance|privacy|webmaster|spam\w{0,8}|abuse|phishing|security|postmaster|servicedesk|helpdesk|reports?|feedback|complaints|safeguarding|coordinator|admissions|transfers?|triage|consults?|dept|department|program|nurse|nursing|pharmacy|lab)(?:$|[._-])/i;

/** Institutional mail domains: hospitals, universities, health systems, government. */
const INSTITUTION_DOMAIN =
  /(?:\.(?:edu|gov|mil|int|nhs\.uk|ac\.[a-z]{2}|gov\.[a-z]{2})$|health|hospital|clinic|medical|medicine|med\.|md\.|univ|university|college|institute|kaiser|mayo|hopkins|physicians|cardiology|oncology)/i;
const PATIENT_CONTEXT =
  /\b(?:pt|pt's|patient|patient's|his|her|hers|him|he|she|their|wife|husband|son|daughter|mother|father|mom|dad|family|nephew|niece|sister|brother|parent|parents|relative|caregiver|employer)\b/i;

/**
 * Stems of a service's mailbox inside a longer local part: "tbreferrals-midlands",
 * "edconsultants", "strokereferrals", "international" (a hospital's international office).
 */
const SERVICE_MAILBOX_STEM =
  /(?:referral|consult|triage|intake|admission|appointment|booking|enquir|inquir|secretar|reception|coordinat|helpdesk|servicedesk|international|pharmacy|radiology|patholog|records|billing|switchboard|bleep|rota|education|training|research|audit|abstract|submission|registration|conference|congress|meeting|secretariat|events?)/i;
/** Words before an address that say it is a mailbox, not a person's: "the inbox is". */
const MAILBOX_CUE =
  /\b(?:inbox|mailbox|shared (?:e-?mail|address)|generic (?:e-?mail|address)|department(?:al)? (?:e-?mail|address)|bo[iî]te (?:mail|aux lettres)|casella|postfach)\b/i;

/**
 * A role mailbox ("info@", "referrals@") or one named by a service stem, or an address the words
 * before call a mailbox: a service's, unless the sentence before is about the patient's circle
 * ("email his daughter at referrals.mary@...").
 */
function serviceMailbox(text: string, start: number, local: string): boolean {
  const before = textBefore(text, start, 80);
  if (THIRD_PERSON.test(before)) return false;
  return ROLE_MAILBOX.test(local) || SERVICE_MAILBOX_STEM.test(local) || MAILBOX_CUE.test(before);
}

function detectEmails(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  let at = text.indexOf("@");
  while (at !== -1) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL_CHAR.test(text.charAt(s - 1))) s--;
    while (s < at && text.charAt(s) === ".") s++;
    let e = at + 1;
    while (e < text.length && e - at <= 253 && DOMAIN_CHAR.test(text.charAt(e))) e++;
    while (e > at + 1 && /[.-]/.test(text.charAt(e - 1))) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e);
    if (local.length > 0 && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      // The physician's own or a colleague's institutional address, in a sentence not about a
      // patient, and role mailboxes warn; every other address blocks.
      const sentence = `${textBefore(text, s, 100)} ${textAfter(text, e, 60)}`;
      const institutional = INSTITUTION_DOMAIN.test(domain) && !PATIENT_CONTEXT.test(sentence);
      const own = isOwnContact(text, s) || institutional || serviceMailbox(text, s, local);
      out.push({ category: "email", start: s, end: e, level: own ? "warn" : "block", priority: 95, container: true });
      at = text.indexOf("@", e);
    } else {
      at = text.indexOf("@", at + 1);
    }
  }
  return out;
}

/** Hosts and paths that are about one person: portals, blogs, social and fundraising pages. */
const PERSONAL_HOST =
  /(?:^|\.)(?:mychart|portal|patient|patients|myhealth|followmyhealth|caringbridge|blogspot|wordpress|substack|medium|tumblr|wix|weebly|squarespace|facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|threads|reddit|pinterest|onlyfans|youtube|venmo|cash|paypal|linktr|dropbox|drive\.google|docs\.google|photos\.google|icloud)\./i;
const PERSONAL_PATH =
  /\/@|\/(?:pt|patient|patients|chart|record|records|results|billing|account|profile|user|u|people|in)\/|[?&](?:acct|account|mrn|patient|pt|pid|member|id|user|uid|token)=|\d{5,}/i;
/** A sentence about the patient's own web presence: "her blog", "his page", "the portal link". */
const PATIENT_SENTENCE =
  /\b(?:(?:his|her|their|pt's|patient's|family's|wife's|husband's|son's|daughter's|mom's|dad's|mother's|father's)\s(?:own\s|personal\s|public\s)?(?:blog|page|site|website|profile|portal|account|fundraiser|channel|feed|link|chart|record|results|handle|posts?|videos?|photos?|pictures?)|blog(?:s|ging|ged|ger)?|fundraiser|fundraising|crowdfund\w*|portal|screenshot)\b/i;

/** Someone in the patient's circle publishing online: "the daughter posted updates at ...". */
const CIRCLE = /\b(?:pt|pt's|patient|patient's|wife|husband|son|daughter|mother|father|mom|dad|family|sister|brother|parents?)\b/i;

/**
 * Fundraising pages: one person's appeal when the path names someone ("/cause/joel-williams-...")
 * or the sentence is about the patient or their circle ("parents have started ... for his BMT");
 * a platform's blog or a team's charity run is not.
 */
const FUNDRAISING =
  /(?:^|\.)(?:gofundme|givesendgo|fundly|spotfund|givealittle|justgiving|crowdfunder|chuffed|mycause|ketto|milaap|impactguru|leetchi|helloasso|lepotcommun|kisskissbankbank|vakinha|kickante|betterplace|donorbox|fundrazr|gogetfunding|backabuddy)\.|\/(?:f|cause|fundraiser|fundraisers|fundraising|crowdfunding|campaigns?|appeal|donate|vaquinha|cagnottes?|spendenaktion|colecta)\//i;
const APPEAL_CIRCLE =
  /\b(?:his|her|their|him|parents?|family|whānau|whanau|wife|husband|son|daughter|mother|father|mum|mom|dad|pt|patient|famille|parents|fam[íi]lia|padres|pais|eltern|m[èe]re|p[èe]re|m[ãa]e|pai|madre|padre|sa|son|ses|sua|seu|su)\b/i;
/**
 * On a social site, a community, a topic or an organisation's page ("/groups/…", "/r/medicine",
 * "/company/…") and a doctor's professional profile ("/in/dr-…") are not a patient's own page.
 */
const COMMUNITY_PATH = /^\/(?:(?:groups|r|hashtag|events|explore|topics|pages|company|school)(?:\/|$)|in\/(?:dr|prof)[-._])/;
/** Meeting links carry long numeric room IDs that identify a meeting, not a person. */
const MEETING_HOST = /(?:^|\.)(?:zoom\.us|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|webex\.com|gotomeeting\.com|whereby\.com)$/i;
const PUBLISHING = /\b(?:post(?:s|ed|ing)?|updates|page|profile|channel|vlog)\b/i;

/** A page about someone who is not the patient: a doctor's or a speaker's profile. */
const PROFESSIONAL_PATH = /\/(?:doctors?|physicians?|providers?|clinicians?|staff|faculty|team|authors?|speakers?|experts?|consultants?|find-a-doctor|our-people)\//;

/**
 * A path that spells a person's name: a listed first name followed by a listed surname, joined by
 * "-", "_" or "." ("/cause/joel-williams-cancer-treatment", "/c/soutien-justin-marty").
 */
function pathHoldsName(path: string): boolean {
  if (PROFESSIONAL_PATH.test(path)) return false;
  const words = path.split(/[^a-z\u00e0-\u00ff]+/).filter((w) => w.length >= 3);
  for (let i = 0; i + 1 < words.length && i < 40; i++) {
    const first = words[i] ?? "";
    const last = words[i + 1] ?? "";
    if (FIRST_NAMES.has(first) && SURNAMES.has(last) && !COMMON_WORDS.has(first) && !COMMON_WORDS.has(last)) return true;
  }
  return false;
}

/**
 * A community named after one person: "/groups/prayersforliamokafor" runs a listed first name and
 * a listed surname together at the end of the group's name.
 */
function communityNamesPerson(path: string): boolean {
  const slug = /^\/(?:groups|pages)\/([a-z]{7,40})(?:\/|$)/.exec(path)?.[1];
  if (!slug) return false;
  for (let j = slug.length - 4; j >= 3; j--) {
    const surname = slug.slice(j);
    if (!SURNAMES.has(surname) || COMMON_WORDS.has(surname)) continue;
    for (let i = Math.max(0, j - 12); i <= j - 3; i++) {
      const first = slug.slice(i, j);
      if (FIRST_NAMES.has(first) && !COMMON_WORDS.has(first)) return true;
    }
  }
  return false;
}

function detectUrls(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const span of findUrls(text)) {
    const url = text.slice(span.start, span.end);
    if (isPublicReferenceUrl(url)) continue; // protected by the allowlist
    const hostAndPath = url
      .toLowerCase()
      .replace(/^https?:\/\//, "")
      .replace(/^www\./, "");
    const slash = hostAndPath.search(/[/?#]/);
    const host = slash === -1 ? hostAndPath : hostAndPath.slice(0, slash);
    const path = slash === -1 ? "" : hostAndPath.slice(slash);
    const sentence = `${textBefore(text, span.start, 120)} ${textAfter(text, span.end, 80)}`;
    const meeting = MEETING_HOST.test(host);
    const appeal = FUNDRAISING.test(`${host}.${path}`) && (pathHoldsName(path) || APPEAL_CIRCLE.test(sentence));
    const community = COMMUNITY_PATH.test(path) && !communityNamesPerson(path);
    const personal = (PERSONAL_HOST.test(`${host}.`) && !community) || (!meeting && !community && PERSONAL_PATH.test(path)) || (!community && pathHoldsName(path)) || appeal;
    const aboutPatient = PATIENT_SENTENCE.test(sentence) || (CIRCLE.test(sentence) && PUBLISHING.test(sentence));
    out.push({
      category: "url",
      start: span.start,
      end: span.end,
      level: personal || aboutPatient ? "block" : "warn",
      priority: 96,
      container: true,
    });
  }
  return out;
}

/**
 * Four dotted numbers of 1-3 digits, with no word character or "." before or after. It opens with
 * the first digit and checks the character before it with a lookbehind after that digit: a regex
 * that starts with a digit lets V8 skip ahead to the next digit, a leading lookbehind does not.
 */
const IPV4 = /\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\d)/g;
/** A hex digit or ":" (a character code test: it runs for every character around every colon). */
function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * IPv6 and MAC candidates, found from their colons: a run of hex digits and colons around each
 * colon (at most 45 characters). Anchoring on the rare ':' is much cheaper than trying a hex run
 * at every word start, and each character is visited a bounded number of times.
 */
function colonRuns(text: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  let coveredUntil = -1;
  let colon = text.indexOf(":");
  while (colon !== -1) {
    if (colon >= coveredUntil) {
      let start = colon;
      while (start > 0 && colon - start < 45 && isHexOrColon(text.charCodeAt(start - 1))) start--;
      let end = colon + 1;
      while (end < text.length && end - start < 46 && isHexOrColon(text.charCodeAt(end))) end++;
      coveredUntil = end;
      const before = text.charAt(start - 1);
      const after = text.charAt(end);
      const bounded = !/[\w.]/.test(before) && !/[\w]/.test(after) && end - start >= 6 && end - start <= 45;
      if (bounded) runs.push({ start, end });
    }
    colon = text.indexOf(":", Math.max(colon + 1, coveredUntil));
  }
  return runs;
}

function isIpv6(s: string): boolean {
  const colons = s.split(":").length - 1;
  if (colons < 2) return false;
  const doubles = s.split("::").length - 1;
  if (doubles > 1) return false;
  const groups = s.split(":").filter((g) => g.length > 0);
  if (!groups.every((g) => g.length <= 4)) return false;
  if (doubles === 0 && groups.length !== 8) return false;
  if (doubles === 1 && (groups.length > 7 || groups.length < 2)) return false;
  return true;
}

/**
 * A dotted quad in a sentence about software versions, record systems or document sections ("the
 * update to 4.12.0.7", "our EHR went from 10.4.2.1 to ...", "Abschnitt 4.2.1.3 der Leitlinie") is
 * a version or section number, unless the sentence also speaks of a network (an address, a login,
 * a connection, an access).
 */
const VERSION_CUE =
  /\b(?:versions?|ver|v|updated?|upgraded?|releases?|build|patch(?:ed)?|firmware|software|app|section|secci[óo]n|sec[çc][ãa]o|chapter|chapitre|cap[íi]tulo|kapitel|abschnitt|paragraph|guidelines?|leitlinie|recommendation|empfehlung|EHR|EMR|Epic|Cerner|Meditech|PACS|PVS|KIS)\b|§/i;
const NETWORK_CUE =
  /\b(?:IP|address|adresse|server|network|router|wi-?fi|VPN|host|ping|subnet|DHCP|log(?:ged)?[ -]?in|login|connect\w*|connexion|access\w*|acesso|acceso|zugriff|audit|geolocat\w*)\b/i;

function isVersionNumber(text: string, start: number, end: number): boolean {
  const sentence = `${textBefore(text, start, 80)} ${textAfter(text, end, 60)}`;
  return VERSION_CUE.test(sentence) && !NETWORK_CUE.test(sentence);
}

/** Someone's session, not a machine's role: "login came from 10.0.0.23 per the audit log". */
const SESSION_CUE = /\b(?:log(?:ged)?[ -]?(?:in|on)|login|logon|sign(?:ed)?[ -]?in|audit|accessed|access(?:ed)? from|came from|session|user|account)\b/i;

/** RFC 1918 private, loopback, link-local, carrier-grade NAT and "this network" addresses. */
function isPrivateIpv4([a = 0, b = 0]: number[]): boolean {
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

function detectIps(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  IPV4.lastIndex = 0;
  for (const m of text.matchAll(IPV4)) {
    const parts = m[0].split(".").map(Number);
    // A network range ("10.0.0.0/8", "192.168.1.0/24") or a subnet mask names many machines, no one.
    const end = m.index + m[0].length;
    if (/^\/\d{1,2}(?!\d)/.test(text.slice(end, end + 3)) || /^255\.(?:255|0)\./.test(m[0])) continue;
    // "03.01.01.007-2" (a procedure code), "01.02.03.04": addresses are written without leading
    // zeros, and a check digit after a hyphen makes a code.
    if (/(?:^|\.)0\d/.test(m[0]) || /^-\d/.test(text.slice(end, end + 2))) continue;
    if (parts.every((p) => p <= 255) && !isVersionNumber(text, m.index, end)) {
      // A private or reserved address (10.x, 192.168.x, ...) names a machine inside a network, not a
      // person on the internet: it warns unless the sentence is about the patient's circle.
      const around = `${textBefore(text, m.index, 100)} ${textAfter(text, end, 60)}`;
      const inside = isPrivateIpv4(parts) && !PATIENT_CONTEXT.test(around) && !SESSION_CUE.test(around);
      out.push({ category: "ip", start: m.index, end, level: inside ? "warn" : "block", priority: 80 });
    }
  }
  for (const run of colonRuns(text)) {
    const s = text.slice(run.start, run.end);
    if (/^(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$/.test(s)) {
      // A MAC address identifies a device (a home monitor, a phone), not a network location.
      out.push({ category: "device", start: run.start, end: run.end, level: "block", priority: 80 });
    } else if (isIpv6(s)) {
      out.push({ category: "ip", start: run.start, end: run.end, level: "block", priority: 80 });
    }
  }
  return out;
}

export const detectContact: Detector = (ctx: ScanContext) => [...detectPhones(ctx.text), ...detectEmails(ctx.text), ...detectUrls(ctx.text), ...detectIps(ctx.text)];
