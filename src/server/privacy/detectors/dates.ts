/**
 * Dates tied to a person: any element finer than the year (day, month, day of month) of a birth,
 * admission, discharge, death, visit, procedure, onset or test. Years alone, clock times, relative
 * times ("POD 2", "3 days ago"), fractions and scores ("2/2", "3/5 power", "4/10 pain", "VA 6/9"),
 * UK durations ("2/7 ago", "for 3/52", "review in 6/12") and dates of publications, approvals and
 * meetings are not identifiers.
 *
 * Forms read: 03/09/1958, 2/7/23, 04.06.2023, 2023-11-08(T03:14), 08/2021, 03.2024, 9 April 2022,
 * the 5th of June, Sep 4, 1947, April 9th, Mar 2023, March of '52, Wed 6/12, 11/05, "the 22nd",
 * "Monday 14th", 14MAR2024, 15/abr/1984, 2025年9月5日, 昭和7年9月8日, 1.II.1954 (a Roman-numeral
 * month), 19850611 / 03141952 (compact, with a cue), 261058 (DDMMYY, only on a printed patient label),
 * and day-month dates in French, German, Spanish, Portuguese, Italian and Dutch ("le 12 mars",
 * "am 3. Mai", "am 12.3.", "el 5 de junio", "em 12 de maio"), with an optional weekday prefix.
 *
 * Decision, from the sentence around the date:
 * 1. a birth cue right before it (DOB, born, geb.) -> block;
 * 2. an event only a patient has (admitted, died, s/p, LMP, collected, diagnosed, ...) -> block;
 * 3. a public-event cue (published, FDA, approval, conference, grand rounds, ...) -> not reported;
 * 4. a weaker event (seen, visit, labs, CT) before it, or a patient-only event after it -> block;
 * 5. a span of days ("Sept 9-12") -> warn;
 * 6. otherwise a numeric full date blocks (it reads like a record entry); other dates block
 *    when the sentence is about a person ("she", "pt", "his wife") or the post is about a patient
 *    ("my patient", "82F" in the 300 characters before), and warn when neither.
 * Numeric day/month pairs ("11/05"), bare ordinals ("the 22nd") and a month alone ("in June")
 * need an event cue close to them: alone they are far more often scores, fractions or calendar
 * talk. A test named right before the date ("colonoscopy 9/21") is such a cue even in a sentence
 * about a meeting, and a day/month in the same sentence as a blocked one is on the same timeline. Compact digit runs ("19850611") need a birth or event cue: alone they are record numbers.
 * A day-month date written in another language blocks unless the sentence is about a public event:
 * forum posts use those forms when pasting the patient's own record.
 */
import { digitRunStarts, hasCjk, isSpaceCode, lineBefore, textBefore, textAfter, wordCharAt, wordCharBefore } from "../context";
import { isListedCity } from "../lexicon/city-lookup";
import { famousCasesIn } from "../lexicon/famous-cases";
import { intlMonthNames, intlWeekdayNames } from "../lexicon/intl-months";
import type { Detector, RawFinding, ScanContext } from "../types";

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)";
const WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|\\.)?";
const ORD = "(?:st|nd|rd|th)";
/**
 * Month names of French, German, Spanish, Portuguese, Italian and Dutch that differ from English:
 * the fallback where the runtime has no Intl month names of its own (small-icu).
 */
const FALLBACK_MONTHS =
  "(?:jan(?:vier|eiro|uari?)|j[äa]nner|gennaio|enero|f[ée]vrier|fevereiro|febr(?:uari?|ero|aio)|m(?:ars|[äa]rz|arzo|ar[çc]o|aart)|avril|abril|aprile|ma(?:i|io|yo|ggio)|mei|jui(?:n|llet)|jun(?:i|io|ho)|giugno|jul(?:i|io|ho)|luglio|ao[ûu]t|agosto|augustus|se(?:p?tiembre|tembro|ttembre|ptembre)|o(?:ctobre|ctubre|utubro|ttobre|ktober)|no(?:vembre|viembre|vembro)|d(?:[ée]cembre|ezember|iciembre|ezembro|icembre))";

const FOREIGN_MONTH = FALLBACK_MONTHS;
/** After a German ordinal dot ("3. April") the English spellings are German months too. */
const DOTTED_MONTH = `(?:${FOREIGN_MONTH}|april|august|september|november)`;

type Kind =
  | "full"
  | "monthYear"
  | "monthDay"
  | "range"
  | "month"
  | "numericMonthDay"
  | "ordinal"
  | "compact"
  | "labelled"
  | "foreign"
  | "germanShort"
  | "dottedShort"
  | "shortFull";

interface Candidate {
  start: number;
  end: number;
  kind: Kind;
}

/** Patterns, each with the kind of date it reads. Order: longest forms first. */
const PATTERNS: ReadonlyArray<Pattern> = [
  // 2023-11-08, 2023/11/08, 2024-03-06T03:14
  {
    re: /(?<![\w./-])(?:19|20)\d\d([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?!(?!T\d)[\w/-]|\.\d)/g,
    kind: "full",
  },
  // 03/09/1958, 2/7/23, 04.06.2023, 21-08-1949
  {
    re: /(?<![\w./:-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g,
    kind: "full",
    validate: (m) => validDayMonth(Number(m[1]), Number(m[3])),
  },
  // 14MAR2024, 14Mar24: the compact military and pharmacy form.
  {
    re: new RegExp(`(?<![\\w])(0?[1-9]|[12]\\d|3[01])${MONTH}((?:19|20)\\d\\d|\\d\\d)(?![\\w])`, "g"),
    kind: "full",
  },
  // 05MAR, 14JAN: the military form without its year (capitals only: "5mar" is anything).
  {
    re: /(?<![\w])(?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?![\w])/g,
    kind: "monthDay",
  },
  // Mar-03, Sep-14: a month and a two-digit day or year; either way finer than a year (needs a cue).
  { re: new RegExp(`(?<![\\w])${MONTH}-(?:0[1-9]|[12]\\d|3[01])(?![\\w/-])`, "g"), kind: "monthYear" },
  // 9 April 2022, 5th of June 2022, the 5th of June, 02-Feb-2024, 2 Feb '24
  {
    re: new RegExp(
      `(?<![\\w/.])(?:the\\s)?(?:${WEEKDAY},?\\s)?(0?[1-9]|[12]\\d|3[01])${ORD}?(?:\\sof)?[\\s/-]${MONTH}(?:(?<![a-z]{4}|May|June|July)\\.)?(?:(?:,?\\s|[/-])((?:19|20)\\d\\d|'\\d\\d|\\d\\d(?![\\d:])))?(?![\\w])`,
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
  // Mar 2023, October 2020, March of '52, Jan-2024, 08/2021, 03.2024
  { re: new RegExp(`(?<![\\w])${MONTH}\\.?(?:,?\\s(?:of\\s)?|[-/])((?:19|20)\\d\\d|'\\d\\d)(?![\\w])`, "g"), kind: "monthYear" },
  { re: /(?<![\w./:-])(0?[1-9]|1[0-2])[/.-]((?:19|20)\d\d)(?![\w/-]|\.\d)/g, kind: "monthYear" },
  // Holidays are days of the year: "Christmas Eve 2023", "on Thanksgiving", "New Year's Day".
  {
    re: /\b(?:Christmas(?: Eve| Day)?(?! disease| factor)|New Year['’]?s(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|Halloween|Independence Day|Fourth of July|Valentine['’]?s Day|Memorial Day|Labou?r Day|Boxing Day|Good Friday|Mother['’]?s Day|Father['’]?s Day|Veterans Day|Juneteenth)(?:,?\s((?:19|20)\d\d))?\b/g,
    kind: "monthDay",
  },
  // Day-month with a listed month: 12 mars, 1er avril 1950, 3. Mai, 5 de junio de 2024
  {
    re: new RegExp(
      `(?<![\\w.,])(0?[1-9]|[12]\\d|3[01])(?:\\.\\s?(${DOTTED_MONTH})|(?:er|º|°|ª)?\\s(?:de\\s)?(${FOREIGN_MONTH}))(?:\\s(?:de\\s|del\\s)?(?:19|20)\\d\\d)?(?![\\w\\u00C0-\\u024F])`,
      "gi",
    ),
    kind: "foreign",
    validate: (m) => !NOT_A_MONTH.test(m[2] ?? m[3] ?? ""),
  },
  // German short day-month after its preposition: "am 12.3.", "seit dem 3.5." (checked backwards)
  {
    re: /(?<![\w.,])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?![\w.])/g,
    kind: "germanShort",
  },
  // "on 31.12", "dnia 03.05", "op 14.02": a two-digit day and month with a dot and no year, the
  // way most of Europe writes it. Only after its preposition (checked in detectDates): alone it
  // reads as a decimal.
  {
    re: /(?<![\w.,])(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\w.]|,\d)/g,
    kind: "dottedShort",
  },
  // 2025年9月5日, 9月5日, 2025년 9월 5일, 昭和7年9月8日 (a Japanese era year)
  {
    re: /(?<!\d)(?:(?:(?:19|20)\d\d|(?:明治|大正|昭和|平成|令和)\s?(?:\d{1,2}|元))\s?[年년]\s?)?(?:0?[1-9]|1[0-2])\s?[月월]\s?(?:0?[1-9]|[12]\d|3[01])\s?[日일]/g,
    kind: "full",
    cjk: true,
  },
  // 1.II.1954, 10. III. 1948: a Roman-numeral month, as written in Polish, Italian and Eastern
  // European records. Read like a month-year (needs a cue): "1.II.2020" may also be a version.
  {
    re: /(?<![\w.])(?:0?[1-9]|[12]\d|3[01])\.\s?(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})\.\s?(?:19|20)\d\d(?![\w.]|-)/g,
    kind: "monthYear",
  },
  // 15/abr/1984, 03-okt-2023, 5.ene.24: abbreviated months of other languages between separators
  {
    re: /(?<![\w.])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:ene|abr|ago|dic|janv|f[ée]vr|avr|juil|d[ée]c|gen|mag|giu|lug|ott|okt|mrt|set|out|dez|m[äa]r|mai)\.?\1(?:(?:19|20)\d\d|\d\d)(?![\w/-])/gi,
    kind: "full",
  },
  // S23.5.12, H8/11/3, R2-4-1: a Japanese era year written with its initial (Meiji, Taishō, Shōwa,
  // Heisei, Reiwa), as on Japanese charts and insurance cards. Blocks like a numeric full date only
  // with a cue (a letter-led value also reads like a section number).
  {
    re: /(?<![\w./-])[MTSHR]\s?(?:[1-9]|[1-5]\d|6[0-4])([./-])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)/g,
    kind: "full",
  },
  // 14/feb, 3-abr, 17/sept: a day and an abbreviated month without the year, in the languages read
  // here (the form of obstetric and sick-note shorthand: "FUM 14/feb").
  {
    re: /(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])[/-](?:jan|ene|gen|janv|feb|f[eé]v|fevr?|mar|m[aä]r|apr|abr|avr|may|mai|mag|jun|juin|giu|jul|juil|lug|aug|ago|ao[uû]t?|sept?|set|oct|out|ott|okt|nov|dec|dic|d[eé]c|dez)\.?(?![\w/-])/gi,
    kind: "monthDay",
  },
  // 19850611, 03141952, 14031952 (YYYYMMDD, MMDDYYYY, DDMMYYYY; needs a birth or event cue)
  {
    re: /(?<![\w./-])(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01]){2}(?:19|20)\d\d)(?![\w/-]|\.\d)/g,
    kind: "compact",
  },
  // 261058, 030952, 781103 (DDMMYY, MMDDYY or YYMMDD): the date of birth printed on a specimen label
  // or wristband next to the name, or after a birth cue ("DOB 781103"). Needs a label cue on its
  // line or a birth cue (checked in decide): alone it is any number.
  {
    re: /(?<![\w./-])(?:(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\d\d|\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?![\w/-]|\.\d)/g,
    kind: "labelled",
  },
  // Wed 6/12, 11/05, 7/19 (validated; needs a cue)
  {
    re: new RegExp(`(?<![\\w./:+])(?<!(?<!\\d/\\d\\d?)-)(?:${WEEKDAY},?\\s)?(\\d{1,2})/(\\d{1,2})(?![\\w/]|[.:]\\d|\\s?(?:NS|D5|D10|%))`, "g"),
    kind: "numericMonthDay",
    validate: (m) => validMonthDay(m),
  },
  // A month alone is a date element too: "admitted in June", "diagnosed in late March" (needs a
  // patient event close before it).
  {
    re: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*(?:\d|'\d))/g,
    kind: "month",
  },
  // the 22nd (needs "on the", "since the", ... before it, checked in detectDates, and a cue)
  { re: /\b(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/g, kind: "ordinal" },
];

/** `cjk`: the pattern needs a CJK character (月, 월), so a text without one skips it. */
type Pattern = { re: RegExp; kind: Kind; validate?: (m: RegExpMatchArray) => boolean; cjk?: boolean };

/** A word that may be a month name: letters and marks, with the apostrophes of transliterations. */
const WORD = "(\\p{L}[\\p{L}\\p{M}ʻ’'-]{1,24})";
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const YEAR = "(?:19|20)\\d\\d";
const NOT_AFTER = "(?![\\p{L}\\p{M}\\p{N}_])";
/**
 * Dates written with a month name of any language the runtime's Intl data knows (see
 * lexicon/intl-months.ts): the regexes read a word next to a day or year, and the word is a month
 * when the Set has it. One short regex per form, whatever the number of languages:
 * - day-month: "3 de março de 2023", "3 марта 1952", "14 Μαρτίου", "3. března", "3 Farvardin";
 * - month-day, the Hungarian (and Baltic) order: "március 3.", "1952. március 14.", "március 3-án";
 * - month-year: "internada em março de 2023", "geb. Juni 1950" (only after a patient-only event or a
 *   birth cue: "desde mayo de 2022" dates services and policies as often).
 * Unicode-aware, so that Cyrillic, Greek, Thai or Ethiopic names end at a letter of their script.
 */
// All three forms start at the first digit of a run of digits: they are tried sticky at those
// offsets (digitRunStarts in context.ts), never scanned over the whole text. The month-first forms
// read the month backwards with a lookbehind, so no word of the text is tried as a month unless a
// number follows it.
const INTL_DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}_.,])${DAY}(?:\\.\\s?|(?:er|º|°|ª)?\\s(?:de\\s)?)${WORD}(?:\\.?,?\\s(?:de\\s|del\\s)?${YEAR})?${NOT_AFTER}`, "uy");
const INTL_MONTH_DAY = new RegExp(
  `(?=\\d)(?<!\\d)(?<=(?<![\\p{L}\\p{N}_.,])((?:${YEAR}\\.?\\s)?${WORD}\\.?\\s))${DAY}(?:\\.|-\\p{L}{1,4})?(?![\\p{L}\\p{M}\\p{N}_]|[.,:/-]?\\d)`,
  "uy",
);
const INTL_MONTH_YEAR = new RegExp(`(?=[12])(?<!\\d)(?<=(?<![\\p{L}\\p{N}_.,])(${WORD}\\.?,?\\s(?:de\\s|del\\s)?))${YEAR}${NOT_AFTER}`, "uy");
/** A weekday right before a day-month belongs to the date: "Sexta-feira, 3 de março". */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}-]{1,24})\.?,?\s$/u;

/** True when `word` names a month in a language other than English (Intl data, or the lists). */
function isForeignMonth(word: string, dotted: boolean): boolean {
  if (NOT_A_MONTH.test(word)) return false;
  const lower = word.toLowerCase();
  const names = intlMonthNames();
  if (names) return names.has(lower) || (dotted && /^(?:april|august|september|november)$/.test(lower));
  return false; // small-icu: the listed months (FOREIGN_MONTH) are read by PATTERNS
}

/** [A-Za-z0-9_.,] by character code (NaN, before the text, is none of them). */
function isAsciiWordOrDotComma(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 44;
}

function intlCandidates(text: string, out: Candidate[]): void {
  if (!intlMonthNames()) return;
  const weekdays = intlWeekdayNames();
  const runs = digitRunStarts(text);
  for (const [re, kind, spaceBefore] of [
    [INTL_DAY_MONTH, "foreign", false],
    [INTL_MONTH_DAY, "foreign", true],
    [INTL_MONTH_YEAR, "monthYear", true],
  ] as const) {
    // Matches in text order, none overlapping the one before: as a global scan would find them.
    let from = 0;
    for (const p of runs) {
      if (p < from) continue;
      const prev = text.charCodeAt(p - 1);
      // Cheap checks of what each lookbehind requires: a space right before the month-first
      // forms' digits, and no ASCII letter, digit, "_", "." or "," before the day-month form's.
      if (spaceBefore ? !isSpaceCode(prev) : isAsciiWordOrDotComma(prev)) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (!m) continue;
      from = p + m[0].length;
      const lead = re === INTL_DAY_MONTH ? "" : (m[1] ?? "");
      const word = (re === INTL_DAY_MONTH ? m[1] : /\p{L}[\p{L}\p{M}ʻ’'-]*/u.exec(lead)?.[0]) ?? "";
      const dotted = re === INTL_DAY_MONTH && /^\d{1,2}\.\s?\p{L}/u.test(m[0]);
      if (!isForeignMonth(word, dotted)) continue;
      let start = m.index - lead.length;
      // A month and year in another language ("desde mayo de 2022") is as often a service's or a
      // policy's date: it needs a patient-only event or a birth cue right before it.
      if (kind === "monthYear") {
        const near = textBefore(text, start, 40);
        if (!strongEvent(near) && !BIRTH_CUE.test(near)) continue;
      }
      const w = kind === "foreign" && re === INTL_DAY_MONTH ? WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start)) : null;
      if (w && weekdays?.has((w[1] ?? "").toLowerCase())) start -= w[0].length;
      out.push({ start, end: m.index + m[0].length, kind });
    }
  }
}

const MONTH_LEAD = /\b(?:in|since|during|until|by|early|mid|late|end of|beginning of|start of)[\s-]$/;
/**
 * "on", "since", "until" and "date" before a day and month, in the languages whose posts write them
 * without a year: Swahili "tarehe", Indonesian/Malay "tanggal"/"tgl"/"pada"/"sejak", Turkish
 * "tarihinde", Polish "dnia"/"od"/"do", Tagalog "noong", Scandinavian "den"/"siden", Dutch "op",
 * Italian "il"/"dal"; read right before the date.
 */
const DAY_LEAD =
  /\b(?:on|since|until|till|from|dated|as of|le|el|del|em|am|vom|seit|depuis|desde|du|au|hasta el|al|até|ao|bis zum|zum|dal|il|d[ií]a|jour|giorno|tarehe|tanggal|tgl|pada|sejak|tarihinde|tarihi|dnia|dn|od|noong|den|siden|op|sinds)\W{0,2}$/i;
const GERMAN_LEAD = /(?:\b(?:[Aa]m|[Vv]om|[Ss]eit dem|[Bb]is zum|[Aa]b dem|[Zz]um)\s|(?:[Dd]atum|[Dd]ate)\s?:?\s?)$/;
const WEEKDAY_LEAD = new RegExp(`\\b${WEEKDAY},?\\s(?:the\\s)?$`);
/**
 * "on the 22nd", and an event right before the bare ordinal: "lmp the 14th", "due the 28th",
 * "delivered the 3rd", "died the 6th" (the event itself is checked in decide).
 */
const ORDINAL_LEAD =
  /\b(?:on|since|until|till|from|by|before|after|of|due|lmp|lnmp|fum|fur|ddr|dum|delivered|born|died|passed|admitted|discharged|booked|scheduled|seen|started|stopped)\sthe\s$/i;
/**
 * A bare ordinal followed by a lower-case word is an ordinal of that word ("on the 3rd day", "the
 * 2nd dose"), unless the word only continues the sentence ("the 14th so she's", "the 3rd, now").
 */
const ORDINAL_NOUN_AFTER =
  /^\s?[-–]?\s?(?!(?:and|or|so|but|at|in|when|then|she|he|they|we|i|after|before|with|for|to|until|till|by|from|via|per|was|were|is|had|has|the|her|his|this|last|next|morning|evening|night|afternoon|am|pm|which|while|as|it|around|about|now|already|again|too|also|&)(?![a-z]))[a-z]/;

function validDayMonth(a: number, b: number): boolean {
  // Either month/day or day/month.
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31);
}

function validMonthDay(m: RegExpMatchArray): boolean {
  return validDayMonth(Number(m[1]), Number(m[2]));
}

/** The Romance languages write months in lower case: a capitalised "Mayo", "Marco", "Julio" or
 * "Mars" after a number is a clinic, a name or a planet (German "Mai", "Juni" stay months). */
const NOT_A_MONTH = /^(?:Mayo|Marco|Julio|Abril|Avril|Mars)$/;

const BIRTH_CUE =
  /(?:birth ?date|\b(?:DOB|D\.O\.B\.?|date of birth|birthday|born|b\.|ur\.|geb(?:\.|urts)?\s?dat(?:um|\.)?|geb\.?|geboren(?: am)?|née?|n[ée]e? le|fecha de nacimiento|nacid[oa] el|data di nascita|nat[oa] il|data de nascimento|nascid[oa] em))\W{0,4}(?:on\W{1,3}|in\W{1,3}|was\W{1,3}|is\W{1,3}|as\W{1,3})?$/i;
/**
 * A printed patient label: specimen stickers, wristbands and addressograph labels carry the name and
 * the date of birth, so a date-shaped digit run on the same line is the patient's.
 */
const LABEL_CUE =
  /\b(?:stickers?|wrist ?bands?|ID ?bands?|name ?bands?|arm ?bands?|addressograph|(?:patient|specimen|sample|lab|blood|bottle|tube|request) labels?|request forms?|Laborschein|Etikett|[ée]tiquette|etiqueta|pulsera)\b/i;
/** A lot, batch or reference number on a product label is not a date. */
const PRODUCT_NUMBER_BEFORE = /\b(?:lot|batch|ref|cat|serial|SN|exp)\W{0,3}(?:no\.?|number|#)?\W{0,3}$/i;
/** Events that only happen to a patient: a date next to one is the patient's date. */
const STRONG_EVENT_CUE =
  /\b(?:admit(?:ted|s)?|adm|admission|re-?admit(?:ted)?|readmission|discharg(?:e|ed|ing)|d\/c(?:'?d)?|died|death|deceased|passed(?: away)?|expired|came (?:in|back|to)|brought in|(?:a|the|her|his|mechanical|unwitnessed|witnessed) fall|fall (?:at|from|down|on|in the)|returned|bounced back|arrived|transferred|fell|found down|collapsed|injur(?:ed|y)|accident|assault(?:ed)?|surgery|operat(?:ed|ion)|procedure|s\/p|status post|underwent|implant(?:ed)?|placed|inserted|diagnos(?:ed|is)|dx|collected|drawn|biops(?:y|ied)|deliver(?:ed|y)|onset|intubated|extubated|transfus(?:ion|ed)|arrest|stroke|seizure|overdose|bleed|birth|pregnant|conceived|miscarr(?:ied|iage)|menstrual|last dose|last drink|resuscitat(?:ed|ion)|drown(?:ed|ing)|CPR|coded|lmp|lnmp|syncop(?:e|al)|fainted|passed out|blacked out|rescued|burn(?:ed|t)|bitten|ingest(?:ed|ion)|shot|stabbed|aufgenommen|Aufnahme|entlassen|Entlassung|operiert|verstorben|gestorben|Erstdiagnose|admise?|ingreso|ingresad[oa]|internad[oa]|interna[çc][ãa]o|ricoverat[oa]|ricovero|dimess[oa]|opgenomen|overleden)\b|\b(?:hospitalis|opér|décéd|entr)[ée]|\b(?:ingres|falleci)ó/i;
/** Events a patient shares with others (a talk can be "seen", a clinic can start something). */
const WEAK_EVENT_CUE =
  /\b(?:date|due|present(?:ed|s)?|seen|saw|review(?:ed)?|examined|assessed|evaluated|consulted|referred|visit(?:ed|s)?|appointment|appt|follow[- ]?up|f\/u|clinic|tested|vaccinated|infused|dosed|started|stopped|began|since|symptoms|labs?|bloods|cultures?|swab|smear|x-?ray|echo|cath|colonoscopy|endoscopy|scan(?:ned)?|imaged|rang|called|phoned|emailed|messaged|wrote|last seen|seit|desde|depuis|urgencias|urg[êe]ncias?|urgences|emergencias?|emerg[êe]ncia|pronto soccorso|Notaufnahme|consulta|Ambulanz)\b/i;
/**
 * A test or procedure named right before the date ("colonoscopy 9/21", "CT 3/4"): that is the
 * patient's event even in a sentence that also names a meeting ("Timeline for M&M: ...").
 */
const PROCEDURE_RIGHT_BEFORE =
  /\b(?:colonoscopy|endoscopy|gastroscopy|bronchoscopy|cystoscopy|echo|cath|angiogram|x-?ray|scan|biopsy|swab|smear|cultures?|labs|bloods|surgery)\W{0,3}(?:on\s|done\s)?$/i;
/** The same, for acronyms: case-sensitive so that "pet" or "us" are not read as PET or US. */
const PROCEDURE_ACRONYM_RIGHT_BEFORE = /\b(?:CT|MRI|TTE|TEE|ERCP|EGD|OGD|CTA|PET|EEG|EKG|ECG|LP|CXR)\W{0,3}(?:on\s|done\s)?$/;
/** Acronym cues, case-sensitive so that "ed." (edition) or "er" are not read as ED or ER. */
const STRONG_EVENT_ACRONYM = /\b(?:LMP|FUM|FUR|DUM|DDR|FPP|DPP|EDD|EDC|DOS|DOB|DOA|DOD|ROSC|PCI|CABG|TAVR|TAVI|EVAR|ORIF|TKA|THA|LKW|LKN|LNW|MVC|MVA|BIBA)\b/;
const WEAK_EVENT_ACRONYM = /\b(?:ED|ER|MI|OD|CT|MRI|TTE|TEE|ERCP|EGD|OR|ICU|PACU|CTA|PET|EEG|EKG|ECG|LP|US|CXR|A&E|OPD|GP|PCP)\b/;
const PUBLIC_CUE =
  /\b(?:publish(?:ed|es)?|publication|journal|guidelines?|approv(?:al|ed|es)|conference|congress|meeting|summit|symposium|webinar|grand rounds|rounds|lecture|course(?! of\b)|workshop|deadline|releas(?:ed|e)|launch(?:ed)?|version|edition|policy|memo|announce(?:d|ment)|abstracts?|posters?|society|recall(?:ed)?|guidance|expire[sd]?|going to|sign up|go-?live|goes live|went live|survey|reminder|closes|opens|submissions?|applications?|residency interviews?|orientation|graduation|retreat|potluck|journal club|noon conference|didactics|match day|elections?|rollout|roll out|webcast|podcast|newsletter|rota|vacation|board exams?|M&M|morbidity and mortality|tumou?r board|congrès|Kongress|Tagung|congreso|congresso|journées|journée|jornadas?|capacitaci[óo]n|formaci[óo]n|forma[çc][ãa]o|formazione|formation|curso|corso|cours|seminarios?|semin[áa]rio|s[ée]minaire|simp[óo]sio|simposio|convegno|colloque|d[íi]a (?:mundial|nacional|internacional|de la|del)|dia (?:mundial|nacional|internacional|do|da)|giornata|efem[ée]rides?|aniversario|anivers[áa]rio|conmemora\w*|feriados?|festivos?|Fortbildung|Weiterbildung|Symposium|Leitlinie|in Kraft|campa(?:ña|gne|nha|gna)|Kampagne|publi(?:ée?s?|cad[oa]s?|cat[oa])|veröffentlicht|inscri(?:ções|ção|pciones|pción|ptions?|zioni)|prazo|plazo|Frist|\w*frist|Stichtag|edital|convocatoria|concurso|oposiciones|Anmeldung|Bewerbung|candidaturas?|audit|recommandations?|recommendations|recomendaciones|recomenda[çc][õo]es|Empfehlungen|loi|lei|ley|Gesetz|decreto|d[ée]cret|decree|statute|legislation|gilt ab|in force|en vigueur|em vigor|en vigor|effective from|with effect from|takes effect)(?![a-zà-ÿ])/i;
const PUBLIC_ACRONYM = /\b(?:NEJM|JAMA|BMJ|FDA|EMA|NICE|CMS|CME|ATS|ACC|AHA|ASCO|ASH|IDWeek|DDW|ESC|CHEST|SCCM|ACEP|AAN|ADA|EASD|ACR|ACG|AASLD)\b/;
/**
 * Words about a document, a product or a system changing, not about a person: "reference ranges
 * (updated 01/07/2024)", "changed troponin assay 3/1/2025", "QC log ... Lot", "Protocolo atualizado
 * em 15/03/2024", "Quy định ... từ 01/07/2025". A numeric full date with no event cue in such a
 * sentence, and no person in it or in the post before, is the document's date: it only warns.
 */
const DOCUMENT_CUE =
  /\b(?:updated?|updating|revis(?:ed|ion)|amend(?:ed|ment)|valid(?:ated|ation)?|calibrat(?:ed|ion)|QC|quality control|lots?|batch(?:es)?|assays?|reagents?|analy[sz]ers?|kits?|reference (?:ranges?|intervals?)|protocols?|order sets?|formulary|regulations?|circular|bulletin|tariffs?|rollout|upgrade[ds]?|patch(?:ed)?|outage|downtime|maintenance|software|firmware|atualizad[oa]s?|actualizad[oa]s?|mise? à jour|aktualisiert|überarbeitet|aggiornat[oa]|revisad[oa]|vigente|vigencia|quy định|hiệu lực|áp dụng|luật)(?![\p{L}])|施行|改訂|修订|更新|개정|시행|移行|導入|生效|实施|実施/iu;
/**
 * A worked example or a hypothetical: "if the LMP were 1 January, the EDD is 8 October", "e.g.
 * 3 March", "por ejemplo, si la FUM fuera el 1 de enero". The dates of a rule being taught.
 */
const HYPOTHETICAL_CUE =
  /\b(?:for example|for instance|e\.g\.|eg\.|example|suppose|imagine|hypothetical(?:ly)?|say the|if (?:the )?(?:LMP|DOB|date) (?:is|was|were)|por ejemplo|p\. ?ej\.|si (?:la|el) \w+ fuera|par exemple|zum Beispiel|z\. ?B\.|ad esempio|per esempio|por exemplo)(?![\p{L}])/iu;
/** "send your data by 15 August", "register before 1 March": a deadline set for readers. */
const DEADLINE_BEFORE =
  /\b(?:send|submit|register|apply|enrol|enroll|rsvp|sign up|reply|respond|complete|return|upload|book)\b[^.!?\n]{0,60}\b(?:by|before|until|no later than)[ \t]+(?:the[ \t]+)?$/i;
/** The sentence is about a person: an undated-event date in it is probably theirs. */
const PERSON_WORD =
  /\b(?:he|she|his|her|him|hers|pt|pts|patient|pt's|patient's|mom|dad|wife|husband|son|daughter|baby|infant|mother|father|man|woman|boy|girl|child|toddler|gentleman|lady|client|resident|patient(?:e|in)|pa[cz]iente|doente|elle|ella|sie)\b/i;
/** Courtesy titles, case-sensitive: "MS" (multiple sclerosis, a ministry) and "MR" are not "Ms", "Mr". */
const PERSON_TITLE = /\b(?:Mr|Mrs|Ms|Frau|Herr|Mme|Madame|Doña|Sra)\b/;
const PERSON_CUE = { test: (s: string): boolean => PERSON_WORD.test(s) || PERSON_TITLE.test(s) };
/** How far back a post's patient context reaches for a date with no cue of its own. */
const STORY_WINDOW = 300;
const PATIENT_STORY_CUE = /\b(?:my|our|this|the) (?:patient|pt)\b|\b(?:pt|patient) (?:is|was|has|had)\b|\b\d{1,2} ?(?:y\/?o|yo|-year-old|[MF])\b/i;
const COUNT_AFTER = /^\s(?:of\b|criteria|patients|pts|cases|people|doses|times|days|weeks|months|vessels|nodes|cores|samples|views|beats|points|attempts|sessions)/i;

const DATE_END_AFTER =
  /^\s?(?:[,.;:)!?]|$|(?:and|with|at|for|when|she|he|after|before|in|to|of|we|i|the|her|his|but|then|until|was|were|by|from|via|per|she's|he's|pt|patient|elle|il|ella|ela|sie|er)\b)/i;
/** "2/7 ago", "3/52 hx": UK shorthand for a number of days, weeks or months, never a date. */
const DURATION_AFTER = /^\s?(?:ago|hx|history|h\/o|duration|later|previously|prior|post|earlier)\b/i;
const DURATION_BEFORE = /(?:\b(?:for|x|over|in|within|past|last|next|after|every|q|approx\.?|about|around|TCI|review|r\/v|f\/u|FU|follow[- ]?up)|~)\s?$/i;
/** What may follow a small fraction that is a day: the end of the phrase or a result verb. */
const FRACTION_DATE_AFTER =
  /^\s?(?:[,.;:)!?]|$|[-–]\s?\d{1,2}\/|(?:and|with|at|for|when|she|he|after|before|to|we|i|but|then|until|by|showed|shows|grew|revealed|was|were|demonstrated|elle|il|ella|ela|sie|er)\b|in (?:the )?(?:clinic|office|ED|ER|A&E|ward|surgery|OPD|practice|hospital)\b)/i;
/**
 * A score, power, acuity or ratio reads like a fraction: "power 3/5", "VA 6/12", "GCS 14/15".
 * Score acronyms before a proper fraction ("NYHA 3/4", "ECOG 2/4") are caught by shape instead.
 */
const SCORE_BEFORE =
  /\b(?:power|strength|class|stage|sets|bottles|ILO|profusion|pain|score[sd]?|scale|grade|GCS|VA|acuity|vision|Snellen|murmur|Apgars?|ratio|reflexes|tone|cores?|nodes?|out of|rated)\W{0,3}(?:(?:was|is|of|at|now)\s)?$/i;

function procedureRightBefore(s: string): boolean {
  return PROCEDURE_RIGHT_BEFORE.test(s) || PROCEDURE_ACRONYM_RIGHT_BEFORE.test(s);
}

function strongEvent(s: string): boolean {
  return STRONG_EVENT_CUE.test(s) || STRONG_EVENT_ACRONYM.test(s);
}

function weakEvent(s: string): boolean {
  return WEAK_EVENT_CUE.test(s) || WEAK_EVENT_ACRONYM.test(s);
}

/** "3/4", "9/10", "2/2": small fractions and scores that a bare noun cue ("labs 3/4") cannot settle. */
function fractionLike(s: string): boolean {
  const m = /(\d{1,2})\/(\d{1,2})$/.exec(s);
  // Fractions are never zero-padded: "8/03" is a day and a month.
  if (!m || /\b0\d/.test(s)) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b <= 10 && a <= b;
}

/** Numeric day/month pairs and bare ordinals: dates only with a cue close to them. */
function decideShort(text: string, c: Candidate, publicEvent: boolean, after: string): "block" | null {
  const value = text.slice(c.start, c.end);
  const close = textBefore(text, c.start, 30);
  if (c.kind === "numericMonthDay") {
    if (/^24\/7/.test(value) || DURATION_AFTER.test(after) || SCORE_BEFORE.test(close)) return null;
    const denominator = Number(/(\d+)$/.exec(value)?.[1]);
    if ((denominator === 7 || denominator === 12) && DURATION_BEFORE.test(close)) return null;
    // An acronym right before a proper fraction names a score ("PS 2/4", "CTCAE 3/5"), unless
    // it names an event ("CT 3/4", "LP 2/9").
    const acronym = /\b([A-Z][A-Z0-9-]{1,7})\s?:?\s?$/.exec(close)?.[1];
    if (acronym && fractionLike(value) && !strongEvent(acronym) && !weakEvent(acronym)) return null;
    // "3/5 weakness", "1/3 of her intake": a small fraction followed by a noun is an amount.
    if (fractionLike(value) && !FRACTION_DATE_AFTER.test(after)) return null;
  }
  if (c.kind === "shortFull") return strongEvent(close) ? "block" : null;
  if (strongEvent(close)) return "block";
  if (publicEvent) return null;
  if (c.kind === "numericMonthDay" && /^[A-Za-z]/.test(value)) return "block";
  // A timeline line: "3/4: ED visit, CT negative".
  if (/^\s*(?:[-*•]\s*)?$/.test(lineBefore(text, c.start, 12)) && /^\s?[:–-]\s/.test(after)) {
    const line = textAfter(text, c.end, 60);
    if (strongEvent(line) || weakEvent(line) || PERSON_CUE.test(line)) return "block";
  }
  if ((DAY_LEAD.test(close) || /\bjusqu['’]au\W{0,2}$/i.test(close)) && !COUNT_AFTER.test(after)) {
    // "on 1/2 tab", "from 3/4 strength": a small fraction after "on" must end the phrase to be a day.
    if (!fractionLike(value) || DATE_END_AFTER.test(after)) return "block";
  }
  // After an event, a small fraction is a day when it ends the phrase or a result follows ("started
  // apixaban 3/5.", "CT 3/4 showed"); equal parts ("cultures 2/2") stay counts.
  if (weakEvent(close) && (!fractionLike(value) || (FRACTION_DATE_AFTER.test(after) && !/^(\d+)\/\1$/.test(value)))) {
    return "block";
  }
  return null;
}

/** How far apart two dates of one timeline may be. */
const TIMELINE_GAP = 80;

/**
 * A day/month that reads as a date on shape alone: not a fraction, a score, a duration or 24/7.
 * Only such a pair may borrow a neighbouring date's cue.
 */
function timelineShaped(text: string, c: Candidate): boolean {
  const value = text.slice(c.start, c.end);
  if (!/^\d{1,2}\/\d{1,2}$/.test(value) || /^24\/7/.test(value) || fractionLike(value)) return false;
  const close = textBefore(text, c.start, 30);
  const after = textAfter(text, c.end, 40);
  if (SCORE_BEFORE.test(close) || DURATION_AFTER.test(after) || COUNT_AFTER.test(after)) return false;
  const denominator = Number(/(\d+)$/.exec(value)?.[1]);
  return !((denominator === 7 || denominator === 12 || denominator === 52) && DURATION_BEFORE.test(close));
}

/** Two spans within TIMELINE_GAP characters with no sentence end or line break between them. */
function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to - from > TIMELINE_GAP) return false;
  return !/[.!?]\s|\n/.test(text.slice(from, to));
}

/**
 * "After 6 February 2023 Kahramanmaraş, we learned…", "the 22 March 2016 Brussels attacks": a
 * date followed straight by a city (and a comma or a disaster noun) names a public event by its
 * day and place, the way disasters and attacks are named.
 */
const EVENT_PLACE_AFTER =
  /^[ \t]([A-Z][\p{Ll}-]{2,24}(?:[ \t][A-Z][\p{Ll}-]{2,24})?)(?=[ \t]*[,;.]|[ \t](?:earthquakes?|quakes?|floods?|flooding|attacks?|bombings?|blast|explosions?|disaster|tsunami|hurricane|cyclone|typhoon|fires?|shootings?|massacre|landslide|stampede|crash)\b)/u;
const DISASTER_AFTER =
  /^[ \t][A-Z][\p{Ll}-]{2,24}(?:[ \t][A-Z][\p{Ll}-]{2,24})?[ \t](?:earthquakes?|quakes?|floods?|flooding|attacks?|bombings?|blast|explosions?|disaster|tsunami|hurricane|cyclone|typhoon|fires?|shootings?|massacre|landslide|stampede|crash)\b/u;

function namesPublicEvent(text: string, c: Candidate): boolean {
  if (!/(?:19|20)\d\d$/.test(text.slice(c.start, c.end))) return false;
  const after = text.slice(c.end, c.end + 60);
  const m = EVENT_PLACE_AFTER.exec(after);
  return m !== null && (DISASTER_AFTER.test(after) || isListedCity(m[1] ?? ""));
}

/** The first line of the Markdown table that holds `pos` ("| Date | Lot | Level 1 |"), or "". */
function tableHeader(text: string, pos: number): string {
  let lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  if (text.charAt(lineStart) !== "|") return "";
  for (let rows = 0; rows < 50 && lineStart > 0; rows++) {
    const previous = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (text.charAt(previous) !== "|") break;
    lineStart = previous;
  }
  const end = text.indexOf("\n", lineStart);
  return text.slice(lineStart, end === -1 ? undefined : Math.min(end, lineStart + 200));
}

/** The sentence names a person, or the post before it is about a patient. */
function aboutPatient(text: string, start: number, sentence: string): boolean {
  return PERSON_CUE.test(sentence) || PATIENT_STORY_CUE.test(text.slice(Math.max(0, start - STORY_WINDOW), start));
}

/**
 * A document's, a product's or a system's date: a DOCUMENT_CUE in the sentence or in the header of
 * the Markdown table holding it, and no person in the sentence or the post before. Shared with the
 * labelled-value reader, whose "Date" column in a QC table is such a date.
 */
export function isDocumentDate(text: string, start: number, end: number): boolean {
  const sentence = `${textBefore(text, start, 90)} ${textAfter(text, end, 40)}`;
  return !aboutPatient(text, start, sentence) && DOCUMENT_CUE.test(`${sentence} ${tableHeader(text, start)}`);
}

function decide(text: string, c: Candidate): "block" | "warn" | null {
  const near = textBefore(text, c.start, 30);
  // The cue is read on the line too: a sentence splitter takes the period of "b." or "ur." for an end.
  if (BIRTH_CUE.test(near) || BIRTH_CUE.test(lineBefore(text, c.start, 30))) return "block";
  // A bare 8-digit run is more often a record number: it is a date only next to a date cue.
  if (c.kind === "compact") {
    if (PRODUCT_NUMBER_BEFORE.test(near)) return null;
    return strongEvent(near) || /\bdate\W{0,3}$/i.test(near) || LABEL_CUE.test(lineBefore(text, c.start, 60)) ? "block" : null;
  }
  // A six-digit run is a date only on a printed patient label, or after a birth cue (above).
  if (c.kind === "labelled") {
    return LABEL_CUE.test(lineBefore(text, c.start, 60)) && !PRODUCT_NUMBER_BEFORE.test(near) ? "block" : null;
  }
  if (namesPublicEvent(text, c)) return null;
  const before = textBefore(text, c.start, 90);
  const after = textAfter(text, c.end, 40);
  const sentence = `${before} ${after}`;
  // "3 December 1967, ... into Louis Washkansky": a date of a famous case of the literature.
  if (famousCasesIn(`${before} ${textAfter(text, c.end, 120)}`).length > 0) return null;
  if (DEADLINE_BEFORE.test(before)) return null;
  if (HYPOTHETICAL_CUE.test(`${textBefore(text, c.start, 120)} ${after}`) && !aboutPatient(text, c.start, sentence)) return "warn";
  const publicEvent = PUBLIC_CUE.test(sentence) || PUBLIC_ACRONYM.test(sentence);
  // "(Lancet, published 14 November 2020)": a public cue right before the date outweighs any event
  // word earlier in the sentence (the ARREST trial, a stroke guideline).
  // A test named right before the date is the patient's, even after a meeting's name ("Timeline for
  // M&M: colonoscopy 9/21"): meetings are not dated by a colonoscopy.
  if (procedureRightBefore(textBefore(text, c.start, 18)) && !fractionLike(text.slice(c.start, c.end))) return "block";
  if (PUBLIC_CUE.test(near) && !strongEvent(near)) return null;
  switch (c.kind) {
    case "month": {
      const close = textBefore(text, c.start, 40);
      if (publicEvent) return null;
      return strongEvent(close) || (weakEvent(close) && PERSON_CUE.test(sentence)) ? "block" : null;
    }
    case "numericMonthDay":
    case "ordinal":
    case "shortFull":
      return decideShort(text, c, publicEvent, after);
    default:
      break;
  }
  if (strongEvent(before) || /^\W{0,3}(?:admission|discharge|DOB|surgery|procedure)\b/i.test(after)) return "block";
  if (publicEvent) return null;
  // A span of days ("May 17-22") is a meeting or a week, not one person's date.
  if (c.kind === "range") return "warn";
  // A date written in another language, outside a public event, is the patient's: forum posts use
  // those forms when they paste from the patient's own record ("Entrée le 23 septembre").
  if (c.kind === "foreign") return "block";
  // A document's or a product's date: a weak event word here names the lab or the scan that
  // changed ("our lab changed troponin assay 3/1/2025"), not a patient's visit.
  if (isDocumentDate(text, c.start, c.end)) return "warn";
  if (weakEvent(before) || strongEvent(after)) return "block";
  // No event at all. A numeric full date (03/09/1958) reads like a record entry and blocks; other
  // dates block in a sentence about the patient ("she", "pt") and otherwise only warn, for the
  // physician to confirm that the date is not the patient's.
  if (c.kind === "full" && /^(?:\d|明治|大正|昭和|平成|令和)/.test(text.slice(c.start, c.start + 2))) return "block";
  // A post that is about a patient ("that's my patient. ... on 6 April") makes an undated-event
  // date theirs even when the person is named sentences earlier.
  return aboutPatient(text, c.start, sentence) ? "block" : "warn";
}

/**
 * A dictated date ("fourteenth of January one nine five eight", "the 3rd of May nineteen
 * forty"): a spoken day of a month followed by a spoken year, or after a birth cue, is a date of
 * the person being dictated about; speech-to-text writes the words, not the digits.
 */
const SPOKEN_DATE = new RegExp(
  `\\b(?:(?:twenty|thirty)[ -])?(?:fir|seco|thi|four|fif|six|seven|eigh|nin|ten|eleven|twelf|(?:thir|four|fif|six|seven|eigh|nine)teen|twentie|thirtie)(?:st|nd|rd|th) of ${MONTH}\\b`,
  "gi",
);
const SPOKEN_YEAR_AFTER = /^,? (?:one nine|nineteen|two thousand|twenty (?:oh|zero|one|two|ten|eleven|twelve|[a-z]+teen|twenty)\b)/i;
const SPOKEN_BIRTH_BEFORE = /\b(?:born|birth|dob|d o b|birthday)\b[^.\n]{0,12}$/i;

function spokenDates(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(SPOKEN_DATE)) {
    const end = m.index + m[0].length;
    if (SPOKEN_YEAR_AFTER.test(text.slice(end, end + 24)) || SPOKEN_BIRTH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      out.push({ category: "date", start: m.index, end, level: "block", priority: 60 });
  }
}

export const detectDates: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const candidates: Candidate[] = [];
  const cjk = hasCjk(text);
  for (const { re, kind, validate, cjk: needsCjk } of PATTERNS) {
    if (needsCjk && !cjk) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (validate && !validate(m)) continue;
      let start = m.index;
      const end = m.index + m[0].length;
      let k: Kind = kind;
      // A lone month needs its preposition ("in June", "mid-March"), read backwards from the month.
      if (kind === "month" && !MONTH_LEAD.test(text.slice(Math.max(0, start - 16), start))) continue;
      if (kind === "ordinal") {
        if (ORDINAL_NOUN_AFTER.test(text.slice(end, end + 16))) continue;
        const lead = text.slice(Math.max(0, start - 16), start);
        const weekday = WEEKDAY_LEAD.exec(lead);
        // The span includes "the " ("on the 3rd") or the weekday ("Monday the 14th", "Thu 11th").
        if (weekday) {
          start -= weekday[0].length;
          k = "monthDay"; // a weekday and a day of the month name one date
        } else if (ORDINAL_LEAD.test(lead)) {
          start -= 4;
        } else {
          continue;
        }
      }
      // "12.3." is a German day and month only after its preposition ("am 12.3."), which is a cue
      // and not part of the span.
      // "31.12" is a day and month only right after its preposition ("on 31.12", "dnia 03.05").
      if (kind === "dottedShort") {
        if (!DAY_LEAD.test(text.slice(Math.max(0, start - 12), start))) continue;
        k = "numericMonthDay";
      }
      if (kind === "germanShort") {
        if (!GERMAN_LEAD.test(text.slice(Math.max(0, start - 10), start))) continue;
        k = "foreign";
      }
      if (/[月월]/.test(m[0])) {
        // CJK text has no spaces: a date runs straight into the words around it ("5月12日より").
        // Only a Latin letter or a digit next to it makes it part of something else.
        if (/[A-Za-z0-9]/.test(text.charAt(start - 1)) || /[A-Za-z0-9]/.test(text.charAt(end))) continue;
      } else if (wordCharBefore(text, start) || (wordCharAt(text, end) && !/^T\d/.test(text.slice(end, end + 2)))) {
        continue;
      }
      // A day-month form with a year is a full date: "9 April 2022", "Sep 4, 1947".
      if (kind === "monthDay" && /(?:(?:19|20)\d\d|['/-]\d\d)$/.test(m[0])) k = "full";
      // A day range ("May 17-22") is an event, not a person's date: at most a warning.
      if (kind === "monthDay" && /\d\s?[-–]\s?\d/.test(m[0])) k = "range";
      // "1.2.10" or "3-4-12" with a two-digit year could be a version or a list: treat as partial,
      // and with single-digit day and month as a date only next to a patient event.
      if (kind === "full" && /^\d{1,2}[.-]\d{1,2}[.-]\d{2}$/.test(m[0])) {
        k = /^\d[.-]\d[.-]/.test(m[0]) ? "shortFull" : "monthYear";
      }
      candidates.push({ start, end, kind: k });
    }
  }
  intlCandidates(text, candidates);
  // Longer candidates first so a full date swallows the month/day read inside it.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  const unsettled: Candidate[] = [];
  let coveredUntil = -1;
  for (const c of candidates) {
    if (c.end <= coveredUntil) continue;
    coveredUntil = c.end;
    const level = decide(text, c);
    if (level !== "block" && c.kind === "numericMonthDay" && timelineShaped(text, c)) unsettled.push(c);
    if (!level) continue;
    // A cued compact date outranks the same digits read as a record number.
    const priority = c.kind === "compact" || c.kind === "labelled" ? 80 : c.kind === "full" ? 70 : 60;
    out.push({ category: "date", start: c.start, end: c.end, level, priority });
  }
  // A day/month in the same sentence as a blocked day/month belongs to the same timeline
  // ("colonoscopy 9/21, perforation recognized 7/3"): it is the patient's date too.
  // Both lists are in text order, so one forward pointer finds each candidate's neighbours.
  const anchors = out.filter((f) => f.level === "block" && /^\d{1,2}\/\d{1,2}$/.test(text.slice(f.start, f.end)));
  const promoted = new Set<number>();
  let a = 0;
  for (const c of unsettled) {
    while (a < anchors.length && (anchors[a]?.end ?? 0) < c.start - TIMELINE_GAP) a++;
    for (let j = a; j < anchors.length && (anchors[j]?.start ?? Infinity) <= c.end + TIMELINE_GAP; j++) {
      const f = anchors[j];
      if (f && f.start !== c.start && sameSentence(text, c, f)) {
        promoted.add(c.start);
        break;
      }
    }
  }
  // "teenth of" ends in "th of": the same test, shorter alternatives (a cheaper scan).
  if (/(?:[rt]h|st|nd) of/i.test(text)) spokenDates(text, out);
  if (promoted.size === 0) return out;
  const kept = out.filter((f) => !promoted.has(f.start));
  for (const c of unsettled) {
    if (promoted.has(c.start)) kept.push({ category: "date", start: c.start, end: c.end, level: "block", priority: 60 });
  }
  return kept;
};
