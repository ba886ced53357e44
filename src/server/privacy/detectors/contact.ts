/**
 * Contact identifiers: phone, fax, e-mail, URL, IP address (and a MAC address, reported as a
 * device identifier).
 *
 * Rules:
 * - A formatted North American or international number is a phone (or a fax when the nearest cue
 *   before it says fax) and blocks. Toll-free numbers (800, 888, ...) are organisations, not
 *   patients, and are not reported.
 * - A bare run of 10 digits, a national number starting with 0, or a 7-digit local number needs a
 *   phone cue ("call", "cell", "mobile", "callback", "tel") to block; otherwise it warns.
 * - The physician's own contact details ("reach me on my clinic line, ...", "email me at ...") and role
 *   mailboxes (referrals@, info@) warn instead of blocking: they are not patient data, but the
 *   physician confirms that.
 * - Every e-mail address and IP address otherwise blocks.
 * - A link blocks when it is patient-specific: a portal or record link, a personal blog, social
 *   or fundraising page, an ID in the path or query, or a sentence about the patient. Public
 *   reference links (journals, guidelines, .gov) are protected by the allowlist; other links warn.
 */
import { isPublicReferenceUrl } from "../clinical-allowlist";
import { textBefore, textAfter } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";
import { findUrls } from "./url-scan";

const NANP =
  /(?<![\w+./-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?:,? ?(?:ext\.?|x|extension) ?\d{1,5})?(?![\w/-]|\.\d)/gi;
const INTERNATIONAL = /(?<![\w+])\+[1-9]\d{0,14}(?:[ .-]\d{1,8}){0,5}(?![\w-]|\.\d)/g;
const NATIONAL_ZERO = /(?<![\w+./-])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\w/-]|\.\d)/g;
const LOCAL_SEVEN = /(?<![\w+./-])\d{3}[ .-]\d{4}(?![\w/-]|\.\d)/g;

const TOLL_FREE = new Set(["800", "822", "833", "844", "855", "866", "877", "888"]);

/** Words that say the next number is a phone number. */
const PHONE_CUE =
  /\b(?:phone|ph|tel|telephone|cell|cellphone|mobile|mob|landline|home|work|number|no|call|called|calling|callback|call back|calls|reach|text|texted|sms|whatsapp|contact|voicemail|rang|ring|pager|line|dial)\b|#/gi;
const FAX_CUE = /\bfax(?:ed|ing|es)?\b|\bfacsimile\b/gi;

/**
 * The posting physician's own line or mailbox: "call my office line", "my cell", "email me at",
 * "reach us at". Checked on the text just before the number.
 */
const OWN_CONTACT =
  /\b(?:(?:call|text|page|reach|contact|email|e-mail|fax|ring|message|ping)(?: me| us| our| my)\b|me at\b|us at\b|my(?: [a-z-]{2,12}){0,2} (?:line|number|phone|cell|mobile|pager|office|desk|fax|email|e-mail|address|extension|ext)\b|our(?: [a-z-]{2,12}){0,2} (?:line|number|office|clinic|desk|fax|email|e-mail|extension|hotline|center|centre)\b)/gi;

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
  /\b(?:transfer cent(?:er|re)|access cent(?:er|re)|call cent(?:er|re)|hotline|helpline|switchboard|operator|answering service|pharmacy|front desk|nursing station|nurses'? station|main line|department|dept|registration|scheduling|billing office|hospital|clinic|ward|unit|lab|laboratory|radiology|poison control|crisis line|consult line|pager)\b/i;

function isInstitutionLine(text: string, start: number): boolean {
  const before = textBefore(text, start, 60);
  return INSTITUTION_LINE.test(before) && !THIRD_PERSON.test(before);
}

function isOwnContact(text: string, start: number): boolean {
  const before = textBefore(text, start, 60);
  OWN_CONTACT.lastIndex = 0;
  let lastEnd = -1;
  for (const m of before.matchAll(OWN_CONTACT)) lastEnd = m.index + m[0].length;
  if (lastEnd === -1) return false;
  return !THIRD_PERSON.test(before.slice(lastEnd));
}

/** Start of the cue window: up to `n` characters back, not before the sentence start. */
function textStartOfWindow(text: string, pos: number, n: number): number {
  return pos - textBefore(text, pos, n).length;
}

/** "phone" or "fax": whichever cue is nearest before the number (fax only if there is one). */
function phoneOrFax(text: string, start: number, floor: number): { category: "phone" | "fax"; cued: boolean } {
  const before = text.slice(Math.max(floor, textStartOfWindow(text, start, 80)), start);
  const fax = lastMatchEnd(FAX_CUE, before);
  const phone = lastMatchEnd(PHONE_CUE, before);
  if (fax !== -1 && fax >= phone) return { category: "fax", cued: true };
  return { category: "phone", cued: phone !== -1 || fax !== -1 };
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, "");
}

function detectPhones(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  // Cues are read back to the previous number at most, so "Tel 480-..., fax 480-..." reads
  // "Tel" for the first number and "fax" for the second.
  const candidates: Array<{ start: number; end: number; kind: "nanp" | "intl" | "zero" | "seven" }> = [];
  const collect = (re: RegExp, kind: "nanp" | "intl" | "zero" | "seven") => {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) candidates.push({ start: m.index, end: m.index + m[0].length, kind });
  };
  collect(NANP, "nanp");
  collect(INTERNATIONAL, "intl");
  collect(NATIONAL_ZERO, "zero");
  collect(LOCAL_SEVEN, "seven");
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  let prevEnd = 0;
  let prevStart = -1;
  for (const c of candidates) {
    // A shorter reading inside a number already read ("555-0199" in "1 (888) 555-0199") is skipped.
    if (prevStart !== -1 && c.start >= prevStart && c.end <= prevEnd) continue;
    const floor = c.start >= prevEnd ? prevEnd : 0;
    prevStart = c.start;
    prevEnd = Math.max(prevEnd, c.end);
    const raw = text.slice(c.start, c.end);
    const digits = digitsOf(raw.replace(/(?:ext\.?|x|extension) ?\d{1,5}$/i, ""));
    // Shape checks first (cheap); the context is read only for numbers that can be phones.
    let formatted = false;
    if (c.kind === "nanp") {
      const national = digits.length === 11 ? digits.slice(1) : digits;
      if (national.length !== 10) continue;
      const area = national.slice(0, 3);
      if (!/^[2-9]/.test(area) || !/^[2-9]/.test(national.slice(3))) continue;
      // Toll-free numbers belong to organisations, unless the sentence says whose they are.
      if (TOLL_FREE.has(area) && !THIRD_PERSON.test(textBefore(text, c.start, 60))) continue;
      formatted = /[ .()+-]/.test(raw);
    } else if (c.kind === "intl") {
      if (digits.length < 8 || digits.length > 15) continue;
      if (digits.startsWith("1") && TOLL_FREE.has(digits.slice(1, 4))) continue;
    } else if (c.kind === "zero") {
      if (digits.length < 10 || digits.length > 11) continue;
      if (/^0800|^0808/.test(digits)) continue; // UK freephone
    }
    const { category, cued } = phoneOrFax(text, c.start, floor);
    let level: "block" | "warn";
    let priority: number;
    if (c.kind === "nanp") {
      level = formatted || cued ? "block" : "warn";
      priority = formatted ? 60 : cued ? 50 : 30;
    } else if (c.kind === "intl") {
      level = "block";
      priority = 60;
    } else if (c.kind === "zero") {
      level = cued ? "block" : "warn";
      priority = cued ? 55 : 30;
    } else {
      if (!cued) continue;
      level = "block";
      priority = 45;
    }
    if (isOwnContact(text, c.start) || isInstitutionLine(text, c.start)) level = "warn";
    out.push({ category, start: c.start, end: c.end, level, priority });
  }
  return out;
}

/** Local-part and domain characters of an e-mail address. */
const LOCAL_CHAR = /[A-Za-z0-9._%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
/** A role mailbox: the whole local part or one of its dotted parts ("transplant.intake"). */
const ROLE_MAILBOX =
  /(?:^|[._-])(?:info|contact|referrals?|intake|admin|support|office|help|clinic|team|press|media|noreply|no-reply|hello|enquiries|inquiries|appointments|scheduling|billing|compliance|privacy|webmaster|coordinator|admissions|transfers?|triage|consults?|dept|department|program|nurse|nursing|pharmacy|lab)(?:$|[._-])/i;

/** Institutional mail domains: hospitals, universities, health systems, government. */
const INSTITUTION_DOMAIN =
  /(?:\.(?:edu|gov|mil|int|nhs\.uk|ac\.[a-z]{2}|gov\.[a-z]{2})$|health|hospital|clinic|medical|medicine|med\.|md\.|univ|university|college|institute|kaiser|mayo|hopkins|physicians|cardiology|oncology)/i;
const PATIENT_CONTEXT =
  /\b(?:pt|pt's|patient|patient's|his|her|hers|him|he|she|their|wife|husband|son|daughter|mother|father|mom|dad|family|nephew|niece|sister|brother|parent|parents|relative|caregiver|employer)\b/i;

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
      const own = isOwnContact(text, s) || ROLE_MAILBOX.test(local) || institutional;
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
  /(?:^|\.)(?:mychart|portal|patient|patients|myhealth|followmyhealth|gofundme|caringbridge|givesendgo|fundly|spotfund|blogspot|wordpress|substack|medium|tumblr|wix|weebly|squarespace|facebook|fb|instagram|twitter|x|tiktok|linkedin|snapchat|threads|reddit|pinterest|onlyfans|youtube|venmo|cash|paypal|linktr|dropbox|drive\.google|docs\.google|photos\.google|icloud)\./i;
const PERSONAL_PATH =
  /\/@|\/(?:pt|patient|patients|chart|record|records|results|billing|account|profile|user|u|f|people|in)\/|[?&](?:acct|account|mrn|patient|pt|pid|member|id|user|uid|token)=|\d{5,}/i;
/** A sentence about the patient's own web presence: "her blog", "his page", "the portal link". */
const PATIENT_SENTENCE =
  /\b(?:(?:his|her|their|pt's|patient's|family's|wife's|husband's|son's|daughter's|mom's|dad's|mother's|father's)\s(?:own\s|personal\s|public\s)?(?:blog|page|site|website|profile|portal|account|fundraiser|channel|feed|link|chart|record|results|handle|posts?|videos?|photos?|pictures?)|blog(?:s|ging|ged|ger)?|fundraiser|fundraising|crowdfund\w*|portal|screenshot)\b/i;

/** Someone in the patient's circle publishing online: "the daughter posted updates at ...". */
const CIRCLE = /\b(?:pt|pt's|patient|patient's|wife|husband|son|daughter|mother|father|mom|dad|family|sister|brother|parents?)\b/i;
const PUBLISHING = /\b(?:post(?:s|ed|ing)?|updates|page|profile|channel|vlog)\b/i;

function detectUrls(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  for (const span of findUrls(text)) {
    const url = text.slice(span.start, span.end);
    if (isPublicReferenceUrl(url)) continue; // protected by the allowlist
    const hostAndPath = url.toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "");
    const slash = hostAndPath.search(/[/?#]/);
    const host = slash === -1 ? hostAndPath : hostAndPath.slice(0, slash);
    const path = slash === -1 ? "" : hostAndPath.slice(slash);
    const personal = PERSONAL_HOST.test(`${host}.`) || PERSONAL_PATH.test(path);
    const sentence = `${textBefore(text, span.start, 120)} ${textAfter(text, span.end, 80)}`;
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

const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g;
const HEX_OR_COLON = /[0-9A-Fa-f:]/;

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
      while (start > 0 && colon - start < 45 && HEX_OR_COLON.test(text.charAt(start - 1))) start--;
      let end = colon + 1;
      while (end < text.length && end - start < 46 && HEX_OR_COLON.test(text.charAt(end))) end++;
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

function detectIps(text: string): RawFinding[] {
  const out: RawFinding[] = [];
  IPV4.lastIndex = 0;
  for (const m of text.matchAll(IPV4)) {
    const parts = m[0].split(".").map(Number);
    if (parts.every((p) => p <= 255)) {
      out.push({ category: "ip", start: m.index, end: m.index + m[0].length, level: "block", priority: 80 });
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

export const detectContact: Detector = (ctx: ScanContext) => [
  ...detectPhones(ctx.text),
  ...detectEmails(ctx.text),
  ...detectUrls(ctx.text),
  ...detectIps(ctx.text),
];
