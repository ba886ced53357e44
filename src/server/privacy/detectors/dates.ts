/**
 * Dates tied to a person: any element finer than the year (day, month, day of month) of a birth,
 * admission, discharge, death, visit, procedure, onset or test. Years alone, clock times, relative
 * times ("POD 2", "3 days ago"), fractions ("2/2", "9/10", "4/5", "1/2NS") and dates of
 * publications, approvals and meetings are not identifiers.
 *
 * Forms read: 03/09/1958, 2/7/23, 04.06.2023, 2023-11-08, 08/2021, 9 April 2022, the 5th of June,
 * Sep 4, 1947, April 9th, Mar 2023, Wed 6/12, 11/05, "the 22nd", with an optional weekday prefix.
 *
 * Decision, from the sentence around the date:
 * 1. a birth cue right before it (DOB, born, geb.) -> block;
 * 2. an event only a patient has (admitted, died, s/p, LMP, collected, diagnosed, ...) -> block;
 * 3. a public-event cue (published, FDA, approval, conference, grand rounds, ...) -> not reported;
 * 4. a weaker event (seen, visit, labs, CT) -> block;
 * 5. a span of days ("Sept 9-12") -> warn;
 * 6. otherwise a numeric full date blocks (it reads like a record entry); other dates block
 *    when the sentence is about a person ("she", "pt", "his wife") and warn when it is not.
 * Numeric day/month pairs ("11/05"), bare ordinals ("the 22nd") and a month alone ("in June")
 * need an event cue close before them: alone they are far more often scores, fractions or
 * calendar talk.
 */
import { textBefore, textAfter, wordCharAt, wordCharBefore } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)";
const WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\\.)?";
const ORD = "(?:st|nd|rd|th)";

type Kind = "full" | "monthYear" | "monthDay" | "range" | "month" | "numericMonthDay" | "ordinal";

interface Candidate {
  start: number;
  end: number;
  kind: Kind;
}

/** Patterns, each with the kind of date it reads. Order: longest forms first. */
const PATTERNS: ReadonlyArray<{ re: RegExp; kind: Kind; validate?: (m: RegExpMatchArray) => boolean }> = [
  // 2023-11-08, 2023/11/08
  {
    re: /(?<![\w./-])(?:19|20)\d\d([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)/g,
    kind: "full",
  },
  // 03/09/1958, 2/7/23, 04.06.2023, 21-08-1949
  {
    re: /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g,
    kind: "full",
    validate: (m) => validDayMonth(Number(m[1]), Number(m[3])),
  },
  // 9 April 2022, 5th of June 2022, the 5th of June, 02-Feb-2024, 2 Feb '24
  {
    re: new RegExp(
      `(?<![\\w/.])(?:the\\s)?(?:${WEEKDAY},?\\s)?(0?[1-9]|[12]\\d|3[01])${ORD}?(?:\\sof)?[\\s/-]${MONTH}\\.?(?:(?:,?\\s|[/-])((?:19|20)\\d\\d|'\\d\\d|\\d\\d(?![\\d:])))?(?![\\w])`,
      "g",
    ),
    kind: "monthDay",
  },
  // Sep 4, 1947; April 9th; June 1, 2022; Nov 8; Sept 9-12
  {
    re: new RegExp(
      `(?<![\\w])(?:${WEEKDAY},?\\s)?${MONTH}\\.?\\s(?:the\\s)?(0?[1-9]|[12]\\d|3[01])${ORD}?(?:\\s?[-–]\\s?\\d{1,2}${ORD}?)?(?:,?\\s((?:19|20)\\d\\d|'\\d\\d))?(?![\\w]|:\\d)`,
      "g",
    ),
    kind: "monthDay",
  },
  // Mar 2023, October 2020, 08/2021
  { re: new RegExp(`(?<![\\w])${MONTH}\\.?,?\\s((?:19|20)\\d\\d|'\\d\\d)(?![\\w])`, "g"), kind: "monthYear" },
  { re: /(?<![\w./:-])(0?[1-9]|1[0-2])[/-]((?:19|20)\d\d)(?![\w/-]|\.\d)/g, kind: "monthYear" },
  // Holidays are days of the year: "Christmas Eve 2023", "on Thanksgiving", "New Year's Day".
  {
    re: /\b(?:Christmas(?: Eve| Day)?|New Year['’]?s(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Halloween|Independence Day|Fourth of July|Valentine['’]?s Day|Memorial Day|Labou?r Day|Boxing Day|Good Friday|Mother['’]?s Day|Father['’]?s Day|Veterans Day|Juneteenth)(?:,?\s((?:19|20)\d\d))?\b/g,
    kind: "monthDay",
  },
  // Wed 6/12, 11/05, 7/19 (validated; needs a cue)
  {
    re: new RegExp(`(?<![\\w./:+-])(?:${WEEKDAY},?\\s)?(\\d{1,2})/(\\d{1,2})(?![\\w/]|[.:]\\d|\\s?(?:NS|D5|D10|%))`, "g"),
    kind: "numericMonthDay",
    validate: (m) => validMonthDay(m),
  },
  // A month alone is a date element too: "admitted in June", "diagnosed in late March" (needs a
  // patient event close before it).
  {
    re: /\b(?:in|since|during|until|by|early|mid|late|end of|beginning of|start of)[\s-](?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*(?:\d|'\d))/g,
    kind: "month",
  },
  // the 22nd (needs "on the", "since the", ... before it, checked in detectDates, and a cue)
  { re: /\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g, kind: "ordinal" },
];

const ORDINAL_LEAD = /\b(?:on|since|until|till|from|by|before|after|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?,?)\sthe\s$/i;

function validDayMonth(a: number, b: number): boolean {
  // Either month/day or day/month.
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

function validMonthDay(m: RegExpMatchArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return validDayMonth(a, b);
}

const BIRTH_CUE = /\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|born|b\.|geb\.?|née?|n[ée]e? le|fecha de nacimiento|data di nascita)\W{0,4}(?:on\W{1,3}|in\W{1,3}|was\W{1,3}|is\W{1,3})?$/i;
/** Events that only happen to a patient: a date next to one is the patient's date. */
const STRONG_EVENT_CUE =
  /\b(?:admit(?:ted|s)?|adm|admission|re-?admit(?:ted)?|discharg(?:e|ed|ing)|d\/c(?:'?d)?|died|death|deceased|passed(?: away)?|expired|came (?:in|back|to)|returned|arrived|transferred|fell|had a fall|injur(?:ed|y)|accident|assault(?:ed)?|surgery|operat(?:ed|ion)|procedure|s\/p|status post|underwent|implant(?:ed)?|placed|inserted|diagnos(?:ed|is)|dx|collected|drawn|biops(?:y|ied)|deliver(?:ed|y)|onset|intubated|extubated|transfus(?:ion|ed)|arrest|stroke|seizure|overdose|bleed|birth|born|pregnant|conceived|miscarr(?:ied|iage)|admit date|discharge date|date of (?:service|admission|discharge|death|visit|surgery|injury|diagnosis|procedure))\b/i;
/** Events a patient shares with others (a talk can be "seen", a clinic can start something). */
const WEAK_EVENT_CUE =
  /\b(?:due|present(?:ed|s)?|seen|saw|visit(?:ed|s)?|appointment|appt|follow[- ]?up|f\/u|clinic|tested|vaccinated|infused|dosed|started|stopped|began|since|labs?|bloods|cultures?|swab|smear|x-?ray|echo|cath|colonoscopy|endoscopy|scanned|imaged|rang|emailed|messaged|wrote|last seen)\b/i;
/** Acronym cues, case-sensitive so that "ed." (edition) or "er" are not read as ED or ER. */
const STRONG_EVENT_ACRONYM = /\b(?:LMP|EDD|EDC|DOS|DOB|ROSC|PCI|CABG|TAVR|TAVI|EVAR|ORIF|TKA|THA)\b/;
const WEAK_EVENT_ACRONYM = /\b(?:ED|ER|MI|OD|CT|MRI|TTE|TEE|ERCP|EGD|OR|ICU|PACU|CTA|PET|EEG|EKG|ECG|LP)\b/;
const PUBLIC_CUE =
  /\b(?:publish(?:ed|es)?|publication|journal|guidelines?|approv(?:al|ed|es)|conference|congress|meeting|summit|symposium|webinar|grand rounds|rounds|lecture|course|workshop|deadline|releas(?:ed|e)|launch(?:ed)?|version|edition|policy|memo|announce(?:d|ment)|abstracts?|posters?|society|recall(?:ed)?|guidance|expire[sd]?|going to|sign up|go-?live|goes live|went live|survey|reminder|closes|opens|submissions?|applications?|residency interviews?|orientation|graduation|retreat|potluck|journal club|noon conference|didactics|match day|elections?|rollout|roll out|webcast|podcast|newsletter|rota|vacation|board exams?)\b/i;
const PUBLIC_ACRONYM = /\b(?:NEJM|JAMA|BMJ|FDA|EMA|NICE|CMS|CME|ATS|ACC|AHA|ASCO|ASH|IDWeek|DDW|ESC|CHEST|SCCM|ACEP|AAN|ADA|EASD|ACR|ACG|AASLD)\b/;
/** The sentence is about a person: an undated-event date in it is probably theirs. */
const PERSON_CUE =
  /\b(?:he|she|his|her|him|hers|pt|patient|pt's|patient's|mom|dad|wife|husband|son|daughter|baby|infant|mother|father)\b/i;
const COUNT_AFTER =
  /^\s(?:of\b|criteria|patients|pts|cases|people|doses|times|days|weeks|months|vessels|nodes|cores|samples|views|beats|points|attempts|sessions)/i;

const DATE_END_AFTER =
  /^\s?(?:[,.;:)!?]|$|(?:and|with|at|for|when|she|he|after|before|in|to|of|we|i|the|her|his)\b)/i;

function strongEvent(s: string): boolean {
  return STRONG_EVENT_CUE.test(s) || STRONG_EVENT_ACRONYM.test(s);
}

function weakEvent(s: string): boolean {
  return WEAK_EVENT_CUE.test(s) || WEAK_EVENT_ACRONYM.test(s);
}

/** "3/4", "9/10", "2/2": small fractions and scores that a bare noun cue ("labs 3/4") cannot settle. */
function fractionLike(s: string): boolean {
  const m = /(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b <= 10 && a <= b;
}

function decide(text: string, c: Candidate): "block" | "warn" | null {
  const near = textBefore(text, c.start, 30);
  if (BIRTH_CUE.test(near)) return "block";
  const before = textBefore(text, c.start, 90);
  const after = textAfter(text, c.end, 40);
  const sentence = `${before} ${after}`;
  const publicEvent = PUBLIC_CUE.test(sentence) || PUBLIC_ACRONYM.test(sentence);
  if (c.kind === "month") {
    return strongEvent(textBefore(text, c.start, 40)) && !publicEvent ? "block" : null;
  }
  if (c.kind === "numericMonthDay" || c.kind === "ordinal") {
    // Fractions and scores ("2/2", "9/10", "4/5") outnumber bare day/month dates: require a cue
    // close before it, a weekday prefix ("Wed 6/12"), or "on/since" not followed by a count.
    const value = text.slice(c.start, c.end);
    if (/^24\/7/.test(value)) return null;
    const close = textBefore(text, c.start, 30);
    if (strongEvent(close)) return "block";
    if (publicEvent) return null;
    if (c.kind === "numericMonthDay" && /^[A-Za-z]/.test(value)) return "block";
    if (/\b(?:on|since|until|till|from|dated|as of)\W{0,2}$/i.test(close) && !COUNT_AFTER.test(after)) {
      // "on 1/2 tab", "from 3/4 strength": a small fraction after "on" must end the phrase to be a day.
      if (!fractionLike(value) || DATE_END_AFTER.test(after)) return "block";
    }
    if (weakEvent(close) && (!fractionLike(value) || /^\s?(?::|showed|shows|grew|revealed|was|were|demonstrated)/.test(after))) {
      return "block";
    }
    return null;
  }
  if (strongEvent(before) || /^\W{0,3}(?:admission|discharge|DOB|surgery|procedure)\b/i.test(after)) return "block";
  if (publicEvent) return null;
  // A span of days ("May 17-22") is a meeting or a week, not one person's date.
  if (c.kind === "range") return "warn";
  if (weakEvent(before)) return "block";
  // No event at all. A numeric full date (03/09/1958) reads like a record entry and blocks; other
  // dates block in a sentence about the patient ("she", "pt") and otherwise only warn, for the
  // physician to confirm that the date is not the patient's.
  if (c.kind === "full" && /^\d/.test(text.charAt(c.start))) return "block";
  return PERSON_CUE.test(sentence) ? "block" : "warn";
}

export const detectDates: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const candidates: Candidate[] = [];
  for (const { re, kind, validate } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (validate && !validate(m)) continue;
      let start = m.index;
      const end = m.index + m[0].length;
      // The span of a lone month is the month name, not the preposition before it.
      if (kind === "month") start = end - (/[A-Z][a-z]+$/.exec(m[0])?.[0].length ?? 0);
      if (kind === "ordinal") {
        const lead = ORDINAL_LEAD.exec(text.slice(Math.max(0, start - 12), start));
        if (!lead) continue;
        start -= 4; // include "the " in the span
      }
      if (wordCharBefore(text, start) || wordCharAt(text, end)) continue;
      let k = kind;
      // A day-month form with a year is a full date: "9 April 2022", "Sep 4, 1947".
      if (kind === "monthDay" && /(?:(?:19|20)\d\d|['/-]\d\d)$/.test(m[0])) k = "full";
      // A day range ("May 17-22") is an event, not a person's date: at most a warning.
      if (kind === "monthDay" && /\d\s?[-–]\s?\d/.test(m[0])) k = "range";
      // "1.2.10" or "3-4-12" with a two-digit year could be a version or a list: treat as partial.
      if (kind === "full" && /^\d{1,2}[.-]\d{1,2}[.-]\d{2}$/.test(m[0])) k = "monthYear";
      candidates.push({ start, end, kind: k });
    }
  }
  // Longer candidates first so a full date swallows the month/day read inside it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  let coveredUntil = -1;
  for (const c of candidates) {
    if (c.end <= coveredUntil) continue;
    coveredUntil = c.end;
    const level = decide(text, c);
    if (!level) continue;
    out.push({ category: "date", start: c.start, end: c.end, level, priority: c.kind === "full" ? 70 : 60 });
  }
  return out;
};
