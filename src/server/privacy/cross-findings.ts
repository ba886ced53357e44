/**
 * Identifiers that only the detectors' findings together reveal, in any language:
 *
 * - A record line: a blocked name followed by an age and a place, in apposition ("Aroha Te Whata,
 *   7, Kaikohe, NHI ...", "Mòrag MacAulay, 91, croft at
 *   Balallan"): the age right after a patient's name is theirs, so 90 and over blocks; a
 *   capitalised place right after the name and its age is where they live.
 * - An age repeated: once an age of 90 or more is blocked, the same number standing alone later
 *   ("scope at 97 or no?") is the same age.
 *
 * - A name an identifier gives away: a word of a blocked personal link's path, of a blocked
 *   e-mail address's local part, of a blocked handle or file name ("gofundme.com/f/help-brayden-
 *   stay-on-his-pump", "kevin.byrne77@...", "Bakker_Johanna_MRI.pdf") that the post also writes capitalised as a word ("Brayden's A1c
 *   was 7.1") is that person's name.
 *
 * - A name next to an identifier: a name that only warned, within 80 characters of a blocked
 *   identifier of another kind on the same line ("Darren Ahmed holds shotgun certificate SG…",
 *   "Zhu Jun 老先生, 96岁", "Yannick LE GALL, né le 12/05/1947"), is that identifier's person.
 *
 * - A record number after a name on a list line ("- Bay 3 bed 2, Morag Lindsay M0059982"): the
 *   name blocks and the number is their hospital number.
 *
 * - A name in another script beside a blocked name, or after words calling it a script or a name,
 *   in a post written in Latin letters ("Olga Schmidt (Ольга Шмидт)").
 *
 * Rule: these only add findings next to a blocked name, a blocked age or a blocked link, address or
 * handle, or another blocked identifier; they never block on their own, so a post with no other
 * identifier gains nothing from them.
 */
import { isCommonWord, isNeverAName } from "./clinical-allowlist";
import { UNIT_AFTER } from "./context";
import type { RawFinding } from "./types";

/**
 * ", 91," / ", 95 last week" / ", aged 92": an age in apposition. Group 1: the age. A bracketed
 * number after a name ("Kaplan Meier (95)") is left to the ages detector, which weighs it.
 */
const AGE_APPOSITION =
  /^[ \t]*,[ \t]*(?:aged?[ \t]+)?(\d{1,3})(?:[ \t]?(?:y\/?o|yo|yrs?|years?(?: old)?|ans|años|anos|anni|Jahre|J\.|jaar|lat|yaşında|tuổi|岁|歳|세|[MFmf]))?[ \t]*(?=[,);.]|[ \t]+[a-z])/y;
/**
 * ", Kaikohe, NHI ..." / ", Dubbo, MiniMed ..." after the age: one to three capitalised words, then
 * the record line goes on with another capitalised field, or ends. A lower-case continuation
 * ("Hypertension, on ramipril") makes the word the start of a clinical phrase instead.
 */
const PLACE_APPOSITION = /^[),]?[ \t]*,?[ \t]*(\p{Lu}[\p{L}'’-]{2,24}(?:[ \t]\p{Lu}[\p{L}'’-]{2,24}){0,2})(?=[ \t]*[,;][ \t]*[\p{Lu}\d]|[ \t]*[.)]?[ \t]*(?:\n|$))/uy;
/**
 * ", de Saint-Denis", ", from Philippolis", ", dari Desa Sukamaju": "from" in any of several
 * languages after the name and age, then the place (capitalised words, particles between).
 */
const PLACE_AFTER_FROM =
  /^[),]?[ \t]*,?[ \t]*(?:(?:\p{Ll}+[ \t]){0,2})?(?:from|of|de|du|des|da|do|dos|das|del|dari|van|aus|von|z|iz|desde|d')[ \t]*(\p{Lu}[\p{L}'’-]{2,24}(?:[ \t](?:de|del|la|las|los|du|da|do|des|\p{Lu}[\p{L}'’.-]{1,24})){0,4})/uy;
/** Endings of clinical and abstract nouns: "Hypertension", "Dementia", "Osteoporosis". */
const NOUN_ENDING = /(?:tion|sion|ism|ity|itis|osis|emia|aemia|ia|ance|ence|ment|ness|logy|ectomy|otomy|pathy)$/i;

/** Where an age is written: "at 97", "aged 97", "she's 97", "(97)", "a woman of 97", "de 97". */
const AGE_SLOT_BEFORE = /(?:\b(?:at|aged?|is|was|turned|turns|turning|now|of|de|à|mit|con|com|about|nearly|almost|over|she's|he's)[ \t]+|\([ \t]?)$/i;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text.slice(at, at + 60));
}

/** A capitalised run that reads as a place: no word of it is ordinary, clinical, a brand or an eponym. */
function readsAsPlace(words: string): boolean {
  return words
    .split(/[ \t]/)
    .filter((w) => !/^(?:de|del|la|las|los|du|da|do|des)$/.test(w))
    .every((w) => !isCommonWord(w) && !isNeverAName(w) && !NOUN_ENDING.test(w) && !/^[A-Z]{2,}$/.test(w));
}

/** The parts of a blocked link, address or handle that may hold a name. */
function nameBearingPart(category: string, value: string): string {
  if (category === "email") return value.slice(0, Math.max(0, value.indexOf("@")));
  if (category === "url") return value.replace(/^[a-z]+:\/\//i, "").replace(/^[^/]*/, "");
  return value.replace(/^@/, "").replace(/\.[A-Za-z0-9]{2,5}$/, "");
}

/** Capitalised words of the post that a blocked link, address or handle spells out. */
function namesFromIdentifiers(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const words = new Set<string>();
  for (const f of raw) {
    if (f.level !== "block" || (f.category !== "url" && f.category !== "email" && f.category !== "other_id")) continue;
    const value = text.slice(f.start, f.end);
    // Handles and file names ("@noknoi_bkk", "Bakker_Johanna_MRI_knie.pdf") among the other ids.
    if (f.category === "other_id" && !value.startsWith("@") && !/\.[A-Za-z0-9]{2,5}$/.test(value)) continue;
    for (const part of nameBearingPart(f.category, value)
      .toLowerCase()
      .split(/[^a-z\u00e0-\u024f]+/)) {
      if (part.length >= 4 && !isCommonWord(part) && !isNeverAName(part) && !NOUN_ENDING.test(part)) words.add(part);
    }
  }
  if (words.size === 0) return [];
  const out: RawFinding[] = [];
  // Each word is looked for in the lower-cased text (indexOf: a handful of words, one pass each),
  // then kept where the post writes it capitalised, as a word of its own.
  // Lower-casing may change a string's length ("İ" becomes two units): then offsets would not match.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [];
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const end = at + word.length;
      const first = text.charAt(at);
      if (first === first.toLowerCase() || WORD_CHAR.test(text.charAt(at - 1)) || /[@/._-]/.test(text.charAt(at - 1))) continue;
      if (WORD_CHAR.test(text.charAt(end)) || /[@/_-]/.test(text.charAt(end))) continue;
      out.push({ category: "name", start: at, end, level: "block", priority: 55 });
    }
  }
  return out;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Warned names within 80 characters of a blocked identifier that is not a name, on the same line. */
function namesBesideIdentifiers(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const ids = raw.filter((f) => f.level === "block" && f.category !== "name");
  return raw
    .filter(
      (w) =>
        w.level === "warn" &&
        w.category === "name" &&
        ids.some((f) => {
          const [a, b] = f.start > w.end ? [w.end, f.start] : [f.end, w.start];
          return b - a <= 80 && !text.slice(a, b).includes("\n");
        }),
    )
    .map((w) => ({ ...w, level: "block" as const, priority: 20 }));
}

/**
 * A record number right after a name in a list: "Morag Lindsay M0059982, NOF # POD2", "1) Shazia
 * Parveen 24/0081473 eclampsia". Up to three letters and six to ten digits, or a year's two
 * digits, a slash and five to eight digits; then a separator or a word.
 */
const RECORD_AFTER_NAME = /^[ \t]{1,2}\(?((?:[A-Z]{1,3}-?)?\d{6,10}|\d{2}\/\d{5,8})\)?(?=[ \t,;:)]|$)/m;

/**
 * A name that only warned, followed at once by a record number on a list line, is that record's
 * patient; the number is their hospital number. Rule: the name starts its line, after at most a
 * bullet, a count or a bed ("- Bay 3 bed 2, ", "3) "), so "Kaplan Meier 123456" in prose is not
 * read.
 */
function namesBeforeRecords(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const w of raw) {
    if (w.category !== "name") continue;
    const record = RECORD_AFTER_NAME.exec(text.slice(w.end, w.end + 24));
    if (!record?.[1]) continue;
    const lineStart = text.lastIndexOf("\n", w.start - 1) + 1;
    if (
      !/^[ \t]*(?:[-*•·]|\d{1,3}[.)]|(?:bay|bed|room|rm|cubicle|side room)[ \t]?\w{1,3},?)?[ \t]*(?:(?:bay|bed|room)[ \t]?\w{1,3},?[ \t]*)*$/i.test(text.slice(lineStart, w.start))
    )
      continue;
    const start = w.end + record[0].indexOf(record[1]);
    out.push({ category: "mrn", start, end: start + record[1].length, level: "block", priority: 40 });
    if (w.level === "warn") out.push({ ...w, level: "block", priority: 20 });
  }
  return out;
}

/**
 * A word run in a script other than Latin: Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic
 * scripts, Thai, Georgian, Ethiopic, Hangul, kana and Han. One to four words ("Ольга Шмидт",
 * "रामप्यारी देवी", "بن علي فتيحة", "中村武"), with the marks those scripts write inside words.
 */
const OTHER_SCRIPT_WORD =
  "[\\u0370-\\u03FF\\u0400-\\u052F\\u0530-\\u058F\\u0590-\\u05FF\\u0600-\\u06FF\\u0750-\\u077F\\u0900-\\u0DFF\\u0E00-\\u0E7F\\u10A0-\\u10FF\\u1200-\\u137F\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF]+";
const OTHER_SCRIPT_RUN = new RegExp(`${OTHER_SCRIPT_WORD}(?:[ \\t\\u3000]${OTHER_SCRIPT_WORD}){0,3}`, "g");
const OTHER_SCRIPT_LETTER = new RegExp(OTHER_SCRIPT_WORD, "g");
/**
 * Words right before a run saying it is a name or a script: "in Cyrillic", "written in ajami:",
 * "Name:", "signs as". A language alone ("Japanese residents:") is not enough: "in Japanese" is.
 */
const SCRIPT_CUE_BEFORE =
  /(?:\b(?:in|en|auf|em|na)[ \t]+(?:chinese|korean|japanese|greek|arabic|hebrew|hindi|urdu|bengali|punjabi|tamil|telugu|thai|amharic|russian|ukrainian|bulgarian|serbian|georgian|armenian|persian|farsi|chinois|chino|coréen|japonais|grec|griego|arabe|árabe|russe|ruso|chinesisch|koreanisch|japanisch|griechisch|arabisch|russisch)|\b(?:cyrillic|kyrillisch|cyrillique|cir[ií]lico|ajami|devanagari|gurmukhi|hangul|hanzi|kanji|katakana|script|characters)|\b(?:name|nom|nombre|nome|spelled|spelt|written|writes|wrote|signed|signs))\b[^.!?\n\p{L}]{0,4}(?:[ \t]\p{Ll}+){0,3}[^.!?\n\p{L}]{0,4}$/iu;
/** Han, kana or Hangul: a name in them is two to five characters, and not written with hiragana particles. */
const EAST_ASIAN = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/;
const HIRAGANA = /[\u3040-\u309F]/;

/** True when a run in another script has a name's size: "中村武", "Παναγιώτα Κωνσταντινίδου", not "今日の治療薬". */
function nameSized(run: string): boolean {
  const letters = run.replace(/[ \t\u3000]/g, "");
  if (EAST_ASIAN.test(run)) return letters.length >= 2 && letters.length <= 5 && !HIRAGANA.test(run);
  return letters.length >= 2 && letters.length <= 30 && run.split(/[ \t]/).every((w) => w.length <= 16);
}

/**
 * A name in another script beside a patient's name, in a post written in Latin letters: "Olga
 * Schmidt (Ольга Шмидт)", "Rampyari Devi (रामप्यारी देवी)", "in ajami: حَفْصَة, the clerk wrote
 * Hafsat Ibrahim". Rule: the post has more Latin letters than letters of other scripts, the
 * run has a name's size (nameSized), and either a blocked name stands within 100 characters on
 * the same line, or the words just before the run call it a script or a name.
 */
function namesInOtherScripts(text: string, raw: readonly RawFinding[]): RawFinding[] {
  OTHER_SCRIPT_LETTER.lastIndex = 0;
  const otherLetters = (text.match(OTHER_SCRIPT_LETTER) ?? []).reduce((sum, run) => sum + run.length, 0);
  if (otherLetters === 0) return [];
  const latinLetters = text.match(/[A-Za-z\u00C0-\u024F]/g)?.length ?? 0;
  if (otherLetters > latinLetters) return [];
  const names = raw.filter((f) => f.level === "block" && f.category === "name");
  const out: RawFinding[] = [];
  OTHER_SCRIPT_RUN.lastIndex = 0;
  for (const m of text.matchAll(OTHER_SCRIPT_RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!nameSized(m[0])) continue;
    if (raw.some((f) => f.level === "block" && f.start <= start && f.end >= end)) continue;
    const nearName = names.some((f) => {
      const [from, to] = f.end <= start ? [f.end, start] : [end, f.start];
      return to - from <= 100 && !text.slice(from, to).includes("\n");
    });
    if (!nearName && !SCRIPT_CUE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
    out.push({ category: "name", start, end, level: "block", priority: 40 });
  }
  return out;
}

export function crossFindings(text: string, raw: readonly RawFinding[]): RawFinding[] {
  const out: RawFinding[] = [...namesFromIdentifiers(text, raw), ...namesBesideIdentifiers(text, raw), ...namesInOtherScripts(text, raw), ...namesBeforeRecords(text, raw)];
  const blockedAges = new Set<string>();
  for (const f of raw) {
    if (f.level === "block" && f.category === "age_over_89") {
      const age = /\d{2,3}/.exec(text.slice(f.start, f.end))?.[0];
      if (age) blockedAges.add(age);
    }
  }
  for (const f of raw) {
    if (f.level !== "block" || f.category !== "name") continue;
    const age = sticky(AGE_APPOSITION, text, f.end);
    if (!age?.[1]) continue;
    const value = Number(age[1]);
    const ageStart = f.end + age[0].indexOf(age[1]);
    if (value >= 90 && value <= 125) {
      out.push({ category: "age_over_89", start: ageStart, end: ageStart + age[1].length, level: "block", priority: 60 });
      blockedAges.add(age[1]);
    }
    if (value > 125) continue;
    const placeAt = f.end + age[0].length;
    const place = sticky(PLACE_APPOSITION, text, placeAt) ?? sticky(PLACE_AFTER_FROM, text, placeAt);
    if (place?.[1] && readsAsPlace(place[1])) {
      const start = placeAt + place[0].length - place[1].length;
      out.push({ category: "address", start, end: start + place[1].length, level: "block", priority: 45 });
    }
  }
  for (const age of blockedAges) {
    for (let at = text.indexOf(age); at !== -1; at = text.indexOf(age, at + 1)) {
      const end = at + age.length;
      // The number alone: no digit, decimal or range joined to it, no unit or percent after it.
      if (/[\d.,/:-]/.test(text.charAt(at - 1)) || /[\d%°]/.test(text.charAt(end)) || /^[.,/:-]\d/.test(text.slice(end, end + 2))) continue;
      if (UNIT_AFTER.test(text.slice(end, end + 12)) || !AGE_SLOT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
      out.push({ category: "age_over_89", start: at, end, level: "block", priority: 30 });
    }
  }
  return out;
}
