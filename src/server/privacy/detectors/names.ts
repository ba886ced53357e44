/**
 * Names of patients, relatives and household members.
 *
 * A capitalised word alone is never enough: medicine is full of eponyms (Cushing, Crohn), brands
 * (Eylea, Keytruda), hospitals (Mass General) and cited authors (Smith et al.). A name needs a cue,
 * and the cue decides the level.
 *
 * Block:
 * - a courtesy title: "Mr. Walter Brennan", "Mrs Lindqvist's", "Herr Jonas Weber" (title excluded
 *   from the span; "Mr. X" and other one-letter placeholders are not names);
 * - a form label: "Name: Pham, Thu Ha", "PATIENT: JEFFERSON, MAVIS", "Pt: RAMOS, LUCIA T";
 * - a header line "Eze, Obinna | MR# ...";
 * - a relative: "her sister Mira", "Mom (Jenna Ruiz-Carter, ...)", "his wife, Ann";
 * - an explicit patient cue: "pt is Naomi Feld", "patient named ...", "the driver's name (...)",
 *   "this is Gwen" (a known first name), "pt daniel park" (a known first name, any case);
 * - lower-case words count only with the lexicon's support: after "patient:" / "parent:" /
 *   "Name:" they must start with a listed first name or surname that is not also an ordinary word
 *   ("patient: john smith", "name: zhang wei"; not "patient: lap chole?", "parent: direct oral
 *   challenge?", "patient: frank hematuria"); an unlisted lower-case word after "Name:" only warns;
 * - initials and a surname: "T. Okoro", "R.S. Iyer" (not "Smith et al.", not "E. coli", and not a
 *   letter that a preceding noun designates, ending its sentence: "vitamin D. Time the dose",
 *   "hepatitis B. Serology", "factor V. Levels");
 * - a capitalised pair followed by an age or DOB: "Naomi Feld, 41"; a recognised pair followed
 *   by a clinical predicate ("Giuseppe Esposito came in with melena", "WANG Xiaoming was
 *   admitted") or by a relative's apposition ("Maximilian Gruber, my neighbour's son"); one
 *   recognised word followed by either ("Jean-Pierre came back with ...", "Ngozi, his wife,");
 * - a registry-style "DUPONT Marie": an all-caps family name and a given name, both recognised;
 * - a name introduced: "introduced herself as ...", "everyone calls him ...", "a.k.a.", a quoted
 *   name after "patient"; "my patient Ahmed", "baby Liam"; lower case after a clinical verb
 *   ("saw jose silva today"), a relative ("her daughter priya") or a title ("mrs. oconnor");
 * - two initials in apposition with an age or an occupation: "J.K., a retired welder", "a
 *   54-year-old teacher, M.T." (not degrees, not "patient H.M." and other cases of the literature);
 * - "Dr." only when the doctor is the patient: "Dr. Ines Varga (retired radiologist, now my pt)",
 *   "the patient is herself a doctor, Dr. ...";
 * - a family name alone after a care verb: "Saw Okoro in clinic", "admitted Mayert overnight"
 *   (any name-like word before a setting or time; a recognised one before "for", "with", a
 *   sentence end), "Reviewed H. Nwachukwu and Ogunleye on the post-take round";
 * - lower case after a title without its dot or with an initial or particle: "mrs c. ashworth",
 *   "mr macleod", "mme julien", "el sr herrera" ("mr"/"sr" alone are findings: "mod mr", "in sr");
 * - a possessive before a relative or an age: "Mabaso's daughter", "Leanne's 90-odd"; before a
 *   record when recognised ("Okoro's bloods"); a relative "of" a person ("le fils de Raphaël
 *   Bourgeois", "Baby of Obioma Adewura"); a kin title ("Nonna Rosaria", "Gran Thandiwe");
 * - names in Chinese, Japanese or Korean script after a name label ("환자명: 윤미경"), before an
 *   honorific ("渡辺 勇 様"), before an age ("孙桂芳, 93岁"), or with their reading ("石川 トミ
 *   (reads Ishikawa Tomi)"); a romanised name after such a label ("氏名: Yoshida Kazuo");
 * - a full name or reading in parentheses right after a blocked name ("Don Pepe (José Koenig)"),
 *   a name before its nickname ("Chukwuemeka (goes by Emeka)"), a pair after an identifier
 *   ("Card SSS411515, Jarrod Anagnostou", "Chart # 621-530-724 - Kaitlyn Fraser");
 * - every later occurrence of a blocked name's words ("Naomi asked about surgery").
 * Warn:
 * - a recognised pair with no cue: "Carl Sagan", "Nguyen Van An", "Sato Haruto", "Kim Min-jun";
 * - "I'm Maria" / "my name is ..." outside a quotation: on a forum of physicians, the author;
 * - a capitalised word after a weak patient cue that no list recognises;
 * - one unlisted capitalised word that starts a sentence after a relation label ("Mother: Worried
 *   about ...", "Parent: Direct oral challenge?"): more often a sentence than a name.
 * Doctors ("Dr. Patel", "Karen Whitfield, MD", "Yamamoto-sensei") are providers, not patients, and
 * are not reported; neither are famous cases of the literature ("Phineas Gage", "the Berlin patient
 * (Timothy Ray Brown)", "Mary Mallon ('Typhoid Mary')") nor eponyms named after their head in
 * Romance languages ("Escore de Alvarado", "sinal de Murphy", "Morbus Crohn").
 *
 * A word is "recognised" when a list holds it (first-names.ts, surnames.ts, compared by `nameKey`)
 * or when it has a name's shape (name-shapes.ts: "Kowalski", "Ndlovu"; after a surname-first
 * family name, the syllables of a romanised given name). Lower-case words count only through
 * the lists.
 */
import { isCommonWord, isNeverAName, isPlaceholderName, DRUG_AND_DEVICE_BRANDS, INSTITUTION_WORDS } from "../clinical-allowlist";
import { FIRST_NAMES, NAMES_ALSO_WORDS } from "../lexicon/first-names";
import { SURNAME_FIRST, SURNAMES } from "../lexicon/surnames";
import { COMMON_WORDS, ENGLISH_WORD_NAMES } from "../lexicon/common-words";
import { hasJapaneseFamilyShape, hasNameShape, isSyllabicGivenName, nameKey } from "../lexicon/name-shapes";
import { isListedCity } from "../lexicon/city-lookup";
import { FAMOUS_NAMES, famousCasesIn } from "../lexicon/famous-cases";
import { compileCues, hasCjk, LETTER as LATIN_LETTER, lineBefore, LOWER as LATIN_LOWER, runCues, UPPER as LATIN_UPPER } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

// The scanner's Latin letter classes plus Latin Extended Additional, for Vietnamese names written
// with their tones ("Phạm Quang Huy", "Nguyễn Thị Hoa"); that block mixes cases like Extended-A.
const UPPER = `${LATIN_UPPER}\\u1E00-\\u1EFF`;
const LOWER = `${LATIN_LOWER}\\u1E00-\\u1EFF`;
const LETTER = `${LATIN_LETTER}\\u1E00-\\u1EFF`;

/** A character of LETTER (Latin letters with Latin Extended Additional), tested by its code. */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}
/** A name-like token starts at `i`: no letter (nor one of `also`) right before it. */
function startsWord(text: string, i: number, also = ""): boolean {
  return i === 0 || !(isLetterCode(text.charCodeAt(i - 1)) || (also.length > 0 && also.includes(text.charAt(i - 1))));
}

interface NameSpan {
  start: number;
  end: number;
  /** The full-word tokens (initials excluded), for propagation and list checks. */
  words: string[];
}

// Sticky token readers (u flag: names carry accents, "José Núñez", "Müller").
// Inner capitals only after a known particle (McDonald, O'Malley, DeLuca), so "CrCl" or "HbA" are
// not names; the token must end at a word boundary. A lower-case part after a hyphen is a Korean
// given name's ("Min-jun"); a common word there ends the name ("Follow-up").
const CAP_WORD = /(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)?\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20}|-\p{Ll}{2,6})?(?![\p{L}\p{N}])/uy;
const CAPS_WORD = /\p{Lu}{2,20}(?:['’-]\p{Lu}{2,20})?(?![\p{L}\p{N}])/uy;
const LOWER_WORD = /\p{Ll}{2,20}(?:-\p{Ll}{2,20})?(?![\p{L}\d])/uy;
const INITIALS = /\p{Lu}\.(?: ?\p{Lu}\.)?/uy;
const SUFFIX = /,? (?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}])/uy;
// Irish particles are capitalised: "Mícheál Ó Dálaigh", "Síle Ní Bhriain", "Nic Giolla"; so are
// Italian ones ("Ornella De Santis", "Di Stefano"). Malaysian names join the parent's name with
// "a/l", "a/p" (son, daughter of) or "bin", "binti", "bt".
const PARTICLE =
  /(?:de la|de los|de las|van der|van den|von der|de|del|della|van|von|der|den|da|di|du|dos|das|le|bin|binti|bt|ibn|al|el|a\/[lp]|Ó|Ní|Nic|Uí|Mhic|De|Di|Da|Del|Della|Dos)[ \t](?=\p{Lu})/uy;
/** The word without a possessive "'s" (a string test: this runs for every token read). */
const withoutPossessive = (w: string) => (w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w);

/** A character that may be a capital: A-Z or anything outside ASCII (the u-flag readers decide). */
const mayBeUpper = (c: number) => c >= 128 || (c >= 65 && c <= 90);
/**
 * What each sticky reader's first character can be. Entering a u-flag regex costs more than the
 * test, and most positions tried (a lower-case word, a digit, punctuation) fail on it.
 */
const CAN_START = new Map<RegExp, (c: number) => boolean>([
  [CAP_WORD, mayBeUpper],
  [CAPS_WORD, mayBeUpper],
  [INITIALS, mayBeUpper],
  [LOWER_WORD, (c) => c >= 128 || (c >= 97 && c <= 122)],
  [PARTICLE, (c) => c >= 128 || (c >= 97 && c <= 122) || c === 68 || c === 77 || c === 78 || c === 85],
]);

function stickyAt(re: RegExp, text: string, pos: number): string | null {
  const canStart = CAN_START.get(re);
  if (canStart && !canStart(text.charCodeAt(pos))) return null;
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/**
 * "title": capitalised or all-caps words ("Mr. JONES"); "cap": capitalised words only; "form":
 * also "LAST, FIRST M"; "lower": lower-case words ("pt daniel park").
 */
type Mode = "title" | "cap" | "form" | "lower";

/**
 * Reads a name starting at `pos`: up to 4 tokens joined by single spaces (and, in form mode, one
 * "Last, First" comma). Stops at a common word, punctuation, a double space or a line break.
 */
function readName(text: string, pos: number, mode: Mode, strict: (w: string) => boolean): NameSpan | null {
  let p = pos;
  let end = -1;
  const words: string[] = [];
  let usedComma = false;
  for (let i = 0; i < 4; i++) {
    let tok: string | null = null;
    let isInitial = false;
    if (mode === "lower") {
      tok = stickyAt(LOWER_WORD, text, p);
    } else {
      // Lower-case particles inside a name ("Juan de la Cruz"), or first after a cue ("Mr. van
      // der Berg", "patient da Silva"); a name read with no cue starts with a capital.
      if (words.length > 0 || (i === 0 && mode !== "cap")) {
        const particle = stickyAt(PARTICLE, text, p);
        if (particle) p += particle.length;
      }
      tok = stickyAt(INITIALS, text, p);
      if (tok) {
        isInitial = true;
      } else {
        tok = stickyAt(CAP_WORD, text, p) ?? (mode === "form" || mode === "title" ? stickyAt(CAPS_WORD, text, p) : null);
        // Form labels also take a single capital letter as a middle initial: "RAMOS, LUCIA T".
        if (!tok && mode === "form" && words.length > 0 && /^\p{Lu}(?![\p{L}])/u.test(text.slice(p, p + 2))) {
          tok = text.charAt(p);
          isInitial = true;
        }
      }
    }
    if (!tok) break;
    const bare = withoutPossessive(tok);
    if (!isInitial) {
      if (strict(bare) || hasCommonPart(bare)) break;
      words.push(bare);
    }
    end = p + bare.length;
    if (bare.length !== tok.length) break; // a possessive ends the name: "Mrs. Lindqvist's pharmacy"
    p += tok.length;
    // Next separator: one space; or one ", " in form mode ("Pham, Thu Ha").
    if (isInitial && text.charAt(p) !== " " && /\p{Lu}/u.test(text.charAt(p))) continue; // "R.S.Iyer"
    // A quoted nickname between the given and the family name: 'Delmer "Bub" Slone'.
    const nickname = mode !== "lower" && words.length > 0 ? QUOTED_NICKNAME.exec(text.slice(p, p + 24)) : null;
    if (nickname) {
      p += nickname[0].length;
      continue;
    }
    if (text.charAt(p) === " " && text.charAt(p + 1) !== " ") {
      p += 1;
    } else if (mode === "form" && !usedComma && text.startsWith(", ", p) && text.charAt(p + 2) !== " ") {
      usedComma = true;
      p += 2;
    } else if (mode === "form" && !usedComma && text.charAt(p) === "^") {
      // DICOM person names: "HOLLOWAY^TRAVIS".
      usedComma = true;
      p += 1;
    } else {
      break;
    }
  }
  if (words.length === 0 || end === -1) return null;
  SUFFIX.lastIndex = end;
  const suffix = SUFFIX.exec(text);
  if (suffix) end += suffix[0].length;
  return { start: pos, end, words };
}

/** ' "Bub" ' or " 'Red' " between two parts of a name, with the next part's capital after it. */
const QUOTED_NICKNAME = /^ ["“'‘]\p{Lu}\p{Ll}{1,15}["”'’] (?=\p{Lu})/u;

/** "Follow-up", "Self-care": a hyphenated word with a common part is not a name ("Min-jun" is). */
// A romanised syllabic name keeps a common first part ("Young-ho"); a common last part still ends
// it ("Set-up", "Check-in").
const hasCommonPart = (w: string) => {
  if (!w.includes("-")) return false;
  const parts = w.toLowerCase().split("-");
  if (!parts.some((part) => COMMON_WORDS.has(part))) return false;
  return COMMON_WORDS.has(parts[parts.length - 1] ?? "") || !isSyllabicGivenName(w);
};

/**
 * Words the shared lists lack that are never a name after a weak cue:
 * patients' designations ("Baby Girl A", "Patientin, 89 J.") and lower-case particles read alone
 * ("Paciente de 93 años"); German age brackets ("Patientin, Anfang 30", "Ende 70").
 */
const NOT_NAMES = new Set(
  "anfang mitte ende everyone everybody nobody somebody baby girl boy twin infant newborn neonate toddler patientin patiente paciente paziente pacjent pacjentka hasta hastam pasien mgonjwa potilas pasient mtoto bay bed room de da del della di du dos das van von der den le la el al bin sohn tochter ehemann ehefrau bruder schwester mutter vater esposo esposa marido hijo hija madre padre filho filha fils fille".split(
    " ",
  ),
);
/**
 * Words for a person, not a name, that open a sentence before an age: "Grandmother, 91, brought
 * from the village", "Elder, 94, lives alone", "Veteran, 93,".
 */
// Courtesy titles used alone as a form of address also open such sentences: "Mevrouw, 58, LVAD",
// "Mzee, 80,", "Signora, 77,", "Hajja, 85,".
const PERSON_NOUN =
  /^(?:elder|elders|veteran|widow|widower|pensioner|retiree|gentleman|gent|lady|chief|pastor|auntie|aunty|matriarch|patriarch|villager|resident|inmate|prisoner|migrant|refugee|grandparent|great-grandmother|great-grandfather|mevrouw|meneer|madame|monsieur|signora|signore|señora|señor|senhora|senhor|frau|herr|fru|pani|pan|ibu|bapak|mzee|hajja|hajji|haji|sheikh|lola|lolo|nonna|nonno|babcia|dziadek|teyze|amca|bibi|dadi|nani|uncle|aunt)$/i;
/** Occupations that are also family names: "Farmer, 48, new depression", "Hunter came in". */
const OCCUPATIONS = new Set("farmer hunter baker mason cook porter fisher butler taylor tailor turner walker shepherd miller potter driver".split(" "));

/** Strong cues reject only function words, clinical words, months and weekdays. */
const strictCommon = (w: string) => isCommonWord(w);
/** Weak cues also reject eponyms, brands, institution words and places. */
const strictWeak = (w: string) => isNeverAName(w) || NOT_NAMES.has(w.toLowerCase());
/** Lower-case readings also stop at particles and at words the lists call ordinary. */
const strictLower = (w: string) => COMMON_WORDS.has(w) || isNeverAName(w) || NOT_NAMES.has(w);

/**
 * True when a list holds the word: by its key ("José" -> "jose", "O'Sullivan" -> "osullivan"), and
 * a hyphenated word by its joined or separate parts ("Min-jun" -> "minjun", "Jean-Pierre",
 * "Klein-Morales").
 */
function listedIn(set: ReadonlySet<string>, w: string): boolean {
  const key = nameKey(w);
  if (COMMON_WORDS.has(key)) return false;
  if (set.has(key)) return true;
  if (!key.includes("-")) return false;
  if (set.has(key.replace(/-/g, ""))) return true;
  return key.split("-").some((part) => part.length >= 3 && set.has(part) && !COMMON_WORDS.has(part));
}

const isFirstName = (w: string) => listedIn(FIRST_NAMES, w);
const isKnownName = (w: string) => isFirstName(w) || listedIn(SURNAMES, w);
/** A capitalised word a list holds or that has a name's shape ("Kowalski", "Ndlovu", "Olumide"). */
const isRecognised = (w: string) => isKnownName(w) || hasNameShape(w);

/**
 * A lower-case token read as a name. Lower case carries no sign of a name by itself, so the lexicon
 * must supply it: a listed first name or surname ("maria", "nguyen") that is not also an ordinary
 * English or clinical word ("frank", "lance", "colon", "stone", "ana", "pinto").
 */
const isLowerCaseName = (w: string) => {
  const l = w.toLowerCase();
  return isKnownName(l) && !ENGLISH_WORD_NAMES.has(l) && !NAMES_ALSO_WORDS.has(l) && !isNeverAName(l);
};
const isLowerCaseFirstName = (w: string) => isFirstName(w) && isLowerCaseName(w);

/** "wilson disease", "barrett's esophagus", "bell palsy": a surname in an eponym, not a person. */
const EPONYM_HEAD_AFTER =
  /^(?:['’]s)?[ \t]{1,2}(?:syndrome|disease|disorder|sign|signs|palsy|score|criteria|classification|scale|test|maneuver|manoeuvre|procedure|operation|repair|ulcer|esophagus|oesophagus|anomaly|phenomenon|tumou?r|lesion|fracture|triad|reflex|ratio|index|formula|equation|catheter|position|protocol|rule|rules|node|nodes|cells?|bodies|spots?|nodules?|murmur|pouch|hernia|ligament|canal|duct|gland|cycle|effect|reaction|fever|encephalopathy|thyroiditis|tremor|chorea|dementia|neuralgia|contracture|deformity|lymphoma|sarcoma)(?![A-Za-z])/i;

/**
 * Lower-case words read after a label ("patient:", "parent:", "Name:"): a name only when the first
 * word is a listed name that is not also an ordinary word ("john smith", "nguyen van", "tran minh
 * duc"; the read already stops at common and clinical words), and not the surname of an eponym
 * ("wilson disease").
 */
function lowerCaseNameAfterLabel(text: string, lower: NameSpan): NameSpan | null {
  const first = lower.words[0] ?? "";
  if (!isLowerCaseName(first)) return null;
  const firstEnd = lower.start + first.length;
  if (EPONYM_HEAD_AFTER.test(text.slice(firstEnd, firstEnd + 20))) return null;
  return lower;
}

/**
 * "Mother: Worried about the rash", "Parent: Direct oral challenge?": after a label, one capitalised
 * word that no list knows, followed by lower-case words, is more often a sentence's first word than
 * a name ("Mother: Gloria is the proxy" still blocks: Gloria is a listed first name).
 */
function startsSentenceAfterLabel(text: string, span: NameSpan): boolean {
  if (span.words.length !== 1) return false;
  const word = span.words[0] ?? "";
  if (text.slice(span.start, span.end) !== word || isRecognised(word)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return /^[ \t]{1,2}\p{Ll}/u.test(text.slice(span.end, span.end + 4));
}

// Courtesy titles of the languages doctors write in: "Doña Gloria", "don Diego", "Sr. Ryo Sato",
// "Mev. van der Walt", "Tmt. Selvi", "Chị Nga", "Pan Nowak", "Pat. Brenner", "M. LEROUX" (see onTitle).
// \b instead of a letter lookbehind: the combined cue regex would run a lookbehind at every
// position. Every title starts with an ASCII letter.
const TITLE = `\\b(?:Mr|Mrs|Ms|Mx|Miss|Mister|Mme|Mlle|Madame|Monsieur|Herr|Senyor|Senyora|senyor|senyora|Maame|Opanyin|Om|Frau|Sra|Srta|Sr|Señor|Señora|señor|señora|senhor|senhora|Signor|Signora|Sig|Sig\\.ra|Don|Doña|Dona|Dña|don|doña|dona|Dom|Seu|seu|Mev|Mevr|Mnr|Dhr|Mw|Tmt|Thiru|Thiru\\.|Smt|Shri|Shrimati|Sri|Kumari|Chị|Anh|Bà|Cô|Chú|Pan|Pani|Bapak|Ibu|Pak|Bu|Alhaji|Alhaja|Hajia|Hajiya|Hajja|Hajjah|Hajji|Haji|Sheikh|Sheikha|Sayyid|Sayyida|Mallam|Malam|Mzee|Bwana|Aling|Mevrouw|Meneer|Fru|Pn\\.|En\\.|Cik|Encik|Puan|chị|bà|cô|chú|Pat\\.|M\\.|MR\\.|MRS\\.|MS\\.)\\.?[ \\t]{1,4}`;
const TITLE_AT = new RegExp(TITLE, "y");
const DOCTOR = `\\b(?:Dr|Doctor|Prof|Professor)\\.?[ \\t]{1,4}`;
/**
 * "Dr. Ines Varga (retired radiologist, now my pt)", "Dr. Novak, retired internist and now
 * my patient", "Dr. Lee is my patient": an apposition that makes the doctor the patient. A gap with a
 * verb ("Dr. Jones, who referred my patient") describes a provider instead.
 */
const DOCTOR_IS_PATIENT_AFTER =
  /^\s{0,2}(?:[(,]|is\b|was\b)[^()\n.;]{0,60}?\b(?:(?:my|our|a|the) (?:own )?(?:pt|patient)|(?:privat|kassen)?patientin|privatpatient|kassenpatient|patiente|paciente|paziente)\b/i;
const PROVIDER_VERB =
  /\b(?:who|which|referred|refers|sent|saw|sees|seeing|asked|told|called|consulted|consults|treat\w*|manag\w*|follow\w*|admitted|operated|covering|covers|for|to|with|about|on)\b/i;
const DOCTOR_IS_PATIENT_BEFORE =
  /\b(?:pt|patient)(?:(?: is| was|:)?\s*|\b[^.\n]{0,40}\b(?:is|was)\b[^.\n]{0,20}\ban? (?:doctor|physician|GP|surgeon|colleague|médic[oa]),?\s{1,2})$/i;

// Case-insensitive patterns avoid the u flag: V8 runs /iu alternations several times slower.
// Labels in the languages of the forms doctors paste: "Nom :", "Apellidos:", "Nachname:".
const FORM_LABEL =
  /\b(?:(?:patient(?:'s)? name|pt name|name|full name|member name|mother's name|father's name|first name|last name|family name|given names?|surname|forename|nom|pr[eé]nom|nom de naissance|nom d['’]usage|nombre|apellidos?|vorname|nachname|cognome|nome|naam)[ \t]{0,3}(?::|-|–|=)|(?:patient|pt|resident|client|insured(?: person| party)?|policy ?holder|beneficiary|subscriber|guarantor|emergency contact|next of kin|NOK|spouse|parent|guardian|caregiver|patiente?|patientin|paciente|paziente|pacjent|pacjentka|hasta|hastam|hastamız|pasien|mgonjwa|patiënte?|potilas|pasienten|pasient|bệnh nhân)[ \t]{0,3}:)\*{0,2}[ \t]{0,3}|\bPatientName:[ \t]{0,3}/
    .source;

/**
 * "Eze, Obinna | MR# ...", "OKONKWO, Chidinma A. — 29F", "MCLAUGHLIN, Francis Xavier — 68M" at a
 * line start or after "handoff:" / "|": a record header (one or two given names, an initial).
 */
const HEADER_LINE = new RegExp(
  `(?:^|[:|][ \\t]{0,3})[ \\t]{0,4}([${UPPER}][${LETTER}'’-]{1,25}), ([${UPPER}][${LETTER}'’-]{1,25}(?: [${UPPER}][${LETTER}'’-]{1,25})?)(?: [${UPPER}]\\.?)?(?=[ \\t]*(?:\\||\\t| {2}|;| [-–—] |\\(|$))`,
  "gm",
);
/** "PILLAY L | Hosp no 45/786440": a surname in capitals and an initial heading a record's cells. */
const CAPS_HEADER = /(?:^|\|)[ \t]{0,4}(\p{Lu}[\p{Lu}'’-]{2,25} \p{Lu})(?=[ \t]*(?:\||\t| {2}))/gmu;
/** Record data after a header: a record keyword, a long number, or an age and sex ("— 29F"). */
const RECORD_AFTER = /^[ \t]*(?:\||\t| {2,}|[-–—])[^\n]{0,24}(?:MRN|MR#|MR ?no|DOB|FIN|acct|Hosp|\d{4,}|\b\d{1,3} ?[MF]\b)/i;

const RELATIVE_WORD =
  /(?:wife|husband|spouse|partner|son|daughter|sister|brother|mother|mom|mum|mommy|mam[aá]|father|dad|daddy|pap[aá]|parent|aunty|auntie|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|grandma|grandfather|grandpa|granny|mam|lad|lass|bairn|stepson|stepdaughter|stepmother|stepfather|stepmom|stepdad|fianc[eé]e?|girlfriend|boyfriend|roommate|neighbou?r|friend|caregiver|carer|guardian|boss|employer|landlord|sibling|twin|widow|widower|ex-wife|ex-husband|son-in-law|daughter-in-law|mother-in-law|father-in-law|brother-in-law|sister-in-law|koro|kuia|missus|hubby|family member|family(?= of )|nonn[ao]|nana|gran|oma|abuel[oa]|dadaji|baba|enkel(?:in)?|sohn|tochter)/
    .source;
/**
 * Relatives in Spanish, Portuguese, French and German, after a determiner only: "su esposo",
 * "o pai", "sa compagne", "der Sohn", "Ihr Mann" (not "Mann Whitney", not "Thomas Mann").
 */
// The determiner is a lookbehind read only where a relative word matched: it follows the word and
// looks back over it. As a prefix, "a" and "la" would start an attempt at every article of a post.
const FOREIGN_RELATIVE_WORD =
  /(?:esposo|esposa|marido|mujer|hij[oa]s?|filh[oa]s|hermano|hermana|madre|padre|abuel[oa]|niet[oa]|filh[oa]|m[aã]e|pai|irm[aã]o?|av[oóô]|net[oa]|fils|fille|mari|femme|[ée]pou(?:x|se)|compagne|compagnon|conjoint|fr[eè]re|s[oœ]eur|m[eè]re|p[eè]re|sohn|tochter|mann|ehemann|ehefrau|bruder|schwester|mutter|vater|enkel(?:in)?|lebensgef[aä]hrtin?)/
    .source;
const FOREIGN_RELATIVE = `${FOREIGN_RELATIVE_WORD}(?<=\\b(?:su|sus|el|la|los|las|o|a|os|as|seu|sua|son|sa|ses|le|les|mon|ma|der|die|dem|den|ihr|ihre|sein|seine|mein|meine)[ \\t]${FOREIGN_RELATIVE_WORD})`;
const RELATIVE = `\\b(?:${RELATIVE_WORD}|${FOREIGN_RELATIVE})(?:['’]s)?(?:[ \\t]{0,3}[,:(][ \\t]{0,3}|[ \\t]{1,3}[-–—][ \\t]{1,3}|[ \\t]{1,3})(?:(?:named|called|is|was)[ \\t]{1,3})?["“‘]?`;
/** "Ngozi, his wife,", "Maximilian Gruber, my neighbour's son", "Tomasz (son)": a relative named. */
const RELATIVE_AFTER = new RegExp(
  `^(?:,[ \\t]{0,2}|[ \\t]{0,2}\\([ \\t]{0,2})(?:(?:his|her|their|the|my|our|pt['’]s|patient['’]s)[ \\t]+)?(?:(?:[${LETTER}-]+[ \\t])?[${LETTER}-]+['’]s[ \\t]+)?${RELATIVE_WORD}\\b`,
  "i",
);

/**
 * "patient named", "the driver's name (", "goes by", "introduced herself as", "everyone calls him",
 * "a.k.a.": the next words are a name.
 */
const NAMED_CUE =
  /\b(?:named|nicknamed|(?:(?:year|yr|month)[- ]old|man|woman|lady|boy|girl|child|kid|baby|gentleman|guy|bloke|fella|chap|teen|teenager|toddler|infant|patient|pt|farmer|student|widow|widower)[ \t]called|goes by|known(?: [a-z]{3,12}ly)? as|aka|a\.k\.a\.|alias|answers to|introduc(?:es|ed|ing) (?:him|her|them)sel(?:f|ves) as|se pr[ée]sente comme|se presenta como|se apresenta como|stellt sich (?:vor )?als|knows? (?:him|her|them) as|gave (?:his|her|their|the) name as|(?:registered|booked|listed|admitted) (?:in )?(?:as|under)|(?:notes?|chart|records?|wristband|file|referral|letter|passport|card) (?:says?|reads?|lists?)|(?:ka |ki )?naam|se llama|s'appelle|hei[sß]t|chamad[oa]|llamad[oa]|(?:calls?|called) (?:me|him|her|them|(?:him|her|them)sel(?:f|ves))|(?:asked|asks|prefers|likes) to be called|(?:pt|patient|client)(?:['’]s)?[ \t]+name[ \t]+(?:is|was)|(?:his|her|their|the|whose|[A-Za-z]{2,12}['’]s)[ \t]+(?:full[ \t]+|first[ \t]+|last[ \t]+)?name(?:[ \t]+(?:on|in)[ \t]+(?:the[ \t]|his[ \t]|her[ \t]|their[ \t])?(?:[A-Za-z]{2,10}[ \t])?(?:licen[cs]e|card|ID|passport|chart|file|record|wristband|form|prescription|script|insurance|referral|plan|policy|list|letter|report|request|register|registry|system|booking))?(?:[ \t]+(?:is|was))?[ \t]*[:(]?|name[ \t]+(?:is|was)|(?:first|last|given|family|sur)[ -]?name,?|(?:English|Christian|Western|Chinese|Korean|Japanese|Vietnamese|Muslim|Arabic|legal|preferred|maiden|married|birth|baptismal|real)[ \t]name[ \t]{1,2}(?:is[ \t])?|(?:on|in)[ \t](?:the|his|her|their)[ \t](?:[A-Za-z]{2,10}[ \t])?(?:list|register|registry|passport|ID|card|docs|documents|papers)[ \t](?:as|under)|name[ \t](?:on|in)[ \t](?:the[ \t]|his[ \t]|her[ \t]|their[ \t])?(?:[A-Za-z]{2,10}[ \t])?(?:licen[cs]e|card|ID|passport|chart|file|record|wristband|form|prescription|script|insurance|referral|plan|policy|list|letter|report|request|register|registry|system|booking)(?:[ \t]{0,2}:|[ \t]+(?:is|was|reads|says))?|(?:llaman?|llamamos|chamam?|chamamos)(?:[ \t]{1,3}(?:ele|ela)[ \t]{1,3}de|[ \t]{1,3}['"“‘]?(?:la|el|a|o)(?=[ \t]))?)[ \t]*['"“‘]?(?:(?:t[ií][ao]|dona|doña|don|seu)[ \t])?/
    .source;
/** "pt is Naomi Feld", "patient was ...": usually a name, but also "pt is Hispanic", "pt is DNR". */
const PT_IS_CUE = /\b(?:pt|patient|client|resident)[ \t]{1,3}(?:is|was|called|as)[ \t]{1,3}['"“‘]?/.source;
/**
 * "pt Daniel Park", "patient T. Okoro", "patient, 'Jimmy',", "Patiente DUPONT": a name may follow.
 * The patient noun in the languages doctors mix into English: Polish "pacjentka", Turkish "hasta"
 * ("hastam", my patient), Indonesian and Malay "pasien", Swahili "mgonjwa", Dutch "patiënte",
 * Finnish "potilas", Norwegian "pasient", Vietnamese "bệnh nhân".
 */
const WEAK_PATIENT_CUE =
  /\b(?:pt|pte|pcte|paz|patient|client|resident|patiente|patientin|paciente|paziente|pacjent|pacjentka|hasta|hastam|hastamız|pasien|mgonjwa|patiënte?|potilas|pasienten|pasient|bệnh nhân)(?:,|[ \t]?[-–](?=[ \t]))?[ \t]{1,3}[(“"‘']?/
    .source;
/** "the Nguyen family", "Baby girl Okoro": a family name without a title. */
const FAMILY_CUE = /\b(?:baby (?:boy|girl)(?: [A-C]\b)?|twin [AB])[ \t]{1,3}/.source;
/**
 * "baby Liam", "newborn Aisha": a child's name, when a list or a quote supports it. The child in
 * other languages: Swahili "mtoto", Italian "bambino", Polish "dziecko", Malay "anak", "bayi".
 */
const BABY_CUE =
  /\b(?:baby|infant|newborn|toddler|kid|mtoto|bambin[oa]|dziecko|anak|bayi|bebe|bebé|(?:year|yr)s?[- ]old (?:lady|gentleman|man|woman|male|female|boy|girl))(?:[ \t]+of)?[ \t]{1,3}[“"‘']?/
    .source;
/** Indian forms: "S/o Nawal Saini", "W/o Senthil" (son, wife, daughter, care of). */
const KIN_OF = /\b(?:[SWDC]|[swd])\/o[ \t.]{1,3}/.source;
/** "mrs. oconnor called again", "mme julien", "el sr herrera": a title typed in lower case. */
const LOWER_TITLE = `\\b(?:mr|mrs|ms|miss|mme|mlle|sr|sra|srta|señora|señor|senhora|frau|herr|madame)\\.?[ \\t]{1,3}(?=[A-Za-z\\u00C0-\\u00FF])`;
/** Titles that also abbreviate a finding when typed without a dot: mitral regurgitation, sinus rhythm. */
const AMBIGUOUS_TITLE = /^(?:mr|sr)[ \t]/i;
/** Lower-case particles of family names: "mrs ní súilleabháin", "sra de la cruz". */
const LOWER_PARTICLE = /^(?:n[ií]c?|mac|ó|van(?: de[rn])?|von|de(?: la)?|del|da|dos|di|du|le|la|al|el|bin)[ \t](?=[a-z\u00DF-\u00FF])/;
/** Endings of English words ("mr progression", "sr maintained"): not read as a name after "mr". */
const ENGLISH_SUFFIX = /(?:tion|sion|ment|ness|ity|ing|ed|ly|ive|ous|al|ic|ary|ory|ure|ance|ence|ism|ist|able|ible)$/;
/** Verbs whose object is the one cared for: "Saw Okoro", "admitted Mayert", "reviewed Nakamura". */
const CARE_VERBS =
  "saw|seeing|seen|admitted|admitting|examined|treating|treated|discharged|transferred|visited|consented|intubated|scoped|operated on|reviewed|reviewing|reassessed|clerked|rounded on";
/** Verbs whose object may be a colleague as well as the patient: "phoned Jones", "referred to Patel". */
const CONTACT_VERBS = "phoned|texted|emailed|met with|spoke (?:with|to)|talked (?:with|to)|referred";
/**
 * "saw jose silva today", "admitted maria lopez": a clinical verb, then a lower-case name; "Saw
 * Okoro in clinic", "Reviewed H. Nwachukwu and Ogunleye on the post-take round": a care verb, then
 * one family name (see onCareVerb). Case-insensitive; the handler reads the case after it.
 */
const VERB_THEN_NAME = `\\b(?:${CARE_VERBS}|${CONTACT_VERBS}|called)[ \\t]{1,3}(?=[a-z\\u00C0-\\u024F])`;
const NOT_CARE_VERB = new RegExp(`^(?:${CONTACT_VERBS}|called)`, "i");
/** Where and when the patient was seen: "in clinic", "on the ward", "overnight", "this morning". */
const CARE_SETTING_AFTER =
  /^ (?:in (?:clinic|the (?:clinic|ward|unit|ED)|ED|ER|A&E|resus|majors|bay|bed|theatre|OPD)|on (?:the )?(?:ward|rounds?|post-?take)|overnight|today|tonight|yesterday|this (?:morning|afternoon|evening)|last night)\b/;
/** Any continuation of a sentence about the patient; enough for a recognised name. */
const CARE_OTHER_AFTER = /^(?:[ \t]{1,2}(?:for|with|again|at|who|after|post-?op|because)\b|[,.;:!?](?:[ \t]|$)|$)/;
/** Joins names in a list: "Okoro and Hudson", "Okoro, Hudson". */
const NAME_LIST_JOIN = /^(?:,? and |, | & )/;
/** "this is Gwen from the clinic", "my name is ...": needs a known first name. */
const SELF_INTRO = /\b(?:this is|I'm|I am|my name is|it's|it is)[ \t]{1,3}/.source;

const INITIALS_SURNAME = new RegExp(`(?<![${LETTER}0-9./])[${UPPER}]\\.[ \\t]?(?:[${UPPER}]\\.[ \\t]?)?(?=[${UPPER}][${LOWER}])`, "g");
const SPECIES =
  /^(?:coli|diff|difficile|aureus|epidermidis|pylori|pneumoniae|pneumonia|influenzae|faecalis|faecium|aeruginosa|albicans|glabrata|auris|marcescens|cloacae|mirabilis|typhi|jirovecii|gallolyticus|bovis|pyogenes|agalactiae|viridans|lugdunensis|burgdorferi|trachomatis|gonorrhoeae|pallidum|tuberculosis|avium|fumigatus|neoformans|vivax|falciparum|vulgaris|maltophilia|baumannii|perfringens|botulinum|tetani|anthracis|monocytogenes|jejuni|fragilis|acnes|canis|capitis|pedis|cruris|corporis|versicolor)$/i;

/**
 * An age or a birth date right after a name, in the forms and languages doctors write: "41M",
 * "(52)", "F, 95", "32/F", "29 años", "94 anos", "67 ans", "93 J.", "52 tuổi", "95歳", "DOB",
 * "née le", "geb.", "GebDat".
 */
const AGE_OR_DOB_AFTER =
  /^,?[ \t]*["“]?(?:(?:an?|the)[ \t]\d{1,3}[- ]?(?:year|yr|yo\b|y\/o|month)|\(?(?:age|aged|edad|idade|âge|Alter|umar)[ \t:]{1,2}\d{1,3}\b|\(?\d{1,3}[ \t]?(?:[MF](?![\p{L}])|y\/?o\b|yo\b|yrs?\b|years?\b|-year|\/[MF]\b|años|anos|ans\b|Jahre|J\.|jaar|lat\b|yaş|tuổi|歳|岁|세)|\d{1,3}(?=[,)])|\(\d{1,3}[ \t]?[MF]?\)|[MF],[ \t]?\d{1,3}\b|\(?(?:DOB|D\.O\.B|dob|d\.o\.b|born|b\.|née?|geb\.?|GebDat|nacid[oa]|nascid[oa])\b|(?<=,[ \t]{0,2})(?:(?:seven|eigh|nine)ty|a hundred)(?=[- ])|(?<=,[ \t]{0,2})\d{1,2}[ \t]?(?:weeks?|wks?)(?: pregnant| gestation)?,)/u;
/** A disease or procedure word: "cirrhosis", "lobectomy", "anorexia", "HIV". */
const DIAGNOSIS = /(?:[a-z-]+(?:ectomy|otomy|ostomy|plasty|scopy|itis|osis|emia|oma|pathy|algia|ia|oea)|cancer|diabetes|HIV|COPD|CKD|AF)\b/.source;
/**
 * "Giuseppe Esposito came in with melena", "WANG Xiaoming was admitted", "Cho Hye-jin (Haeundae-gu)
 * had thyroid lobectomy": a clinical predicate right after the name (a short parenthesis may sit
 * between). Verbs that also describe authors and colleagues ("presented at", "developed",
 * "reports", "died in 1939") are not in the list. Case-sensitive: "with Maria" is not a diagnosis.
 */
const CLINICAL_PREDICATE_AFTER = new RegExp(
  String.raw`^(?:[ \t]{0,2}\([^()\n]{1,40}\))?,?[ \t]{1,2}(?:(?:is|was|has been|had been|got) (?:re)?(?:admitted|seen|reviewed|transferred|brought|found|diagnosed|discharged|intubated|referred|hospitali[sz]ed|started on)|(?:re-?)?present(?:s|ed) (?:with|to|in)|(?:came|comes) (?:in|back|to)|returned (?:with|to)|complain(?:s|ed)|underwent|collapsed|tested positive|(?:just )?turn(?:ed|s) \d|(?:is|was) (?:a |an )?(?:\d{1,3}|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b|(?:is|was) (?:now |still )?(?:pregnant|intubated|septic|febrile|on (?:[a-z]+(?:ide|ine|olol|pril|statin|mab|nib|parin|xaban|sol|sone|olone|cillin|mycin|cycline|floxacin|azole|vir|pam|lam|tide|flozin|gliptin|sartan|dipine|fen)|insulin|warfarin|dialysis|oxygen|home O2|\d{1,2} ?L)\b)|died (?:on |at home|overnight|yesterday|\d{1,2}[/.])|passed away (?:on |at home|overnight|yesterday|last|this|in (?:hospital|the|his|her|hospice|ICU|ED))|(?:has|had) (?:had|new|worsening|recurrent|known|chronic|severe|metastatic|stage|end-stage|advanced|familial|a history|a hx|hx|pmh|consented|agreed|declined|refused|[a-z]+(?:ic|ous|ary) )|(?:has|had|with|got|needs|underwent) (?:[a-z-]+ ){0,2}${DIAGNOSIS})`,
);
/**
 * What happens only to a patient, never to an author or a speaker ("presented with a keynote"):
 * "Tamati Hohaia passed away at home", "... was admitted overnight", "... came in with melaena".
 * Enough for a capitalised pair that no list knows.
 */
const PATIENT_EVENT_AFTER =
  /^,?[ \t]{1,2}(?:(?:is|was|has been|had been|got) (?:re)?(?:admitted|brought in|intubated|discharged|hospitali[sz]ed|transferred)|(?:came|comes) in (?:with|for|again)|collapsed (?:at|on|in|while)|passed away (?:at home|overnight|yesterday|last night|this morning|on the ward|in (?:hospital|hospice|ICU|ED|his sleep|her sleep))|died (?:at home|overnight|yesterday|last night|on the ward|in (?:hospital|hospice|ICU|ED)))\b/;
/** "Wesley Delgado, alcohol-related cirrhosis": a diagnosis in apposition. */
const DIAGNOSIS_AFTER = new RegExp(`^,[ \\t]{1,2}(?:[a-z-]+ )?${DIAGNOSIS}`);
/**
 * "Juan Arenas, CURP AEDJ...", "Lachlan Tawhiri (NHI KJN3105)", "Siân Begum, passport no.
 * 004477165", "Toluwani Olawale, 4th Avenue": a number or a coded identifier in apposition is
 * the named person's record. Years ("Carl Sagan (Cosmos, 1980)") are citations instead.
 */
const ID_AFTER = new RegExp(
  `^[ \\t]{0,2}[,(:|][ \\t]{0,2}(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?[ \\t]\\d)(?:(?:[${UPPER}][${LETTER}.\\/-]{0,20}|[a-z]{2,12}\\.?|[a-z]\\.[a-z]\\.?)(?:[ \\t][${LETTER}.]{1,12}){0,2}[ \\t:#.-]{0,3}[A-Z]{0,4}|[A-Z]{0,4})(?!(?:19|20)\\d\\d\\b(?!\\/\\d{4})|\\d?:\\d\\d)\\d`,
);
/**
 * "Salud Responde: 600 360 7777", "Poison Centre: 13 11 26": words before a colon and a bare number
 * are the key of a key-value line (a service and its number), not a person and their record.
 */
const KEY_THEN_NUMBER = /^[ \t]{0,2}:[ \t]{0,2}[+(\d]/;
const idAfter = (after: string) => ID_AFTER.test(after) && !KEY_THEN_NUMBER.test(after);
/** "NHC 9611360, Inés Parra Ureña", "Gold Card SSS411515, Jarrod ...": an identifier, then the name. */
const ID_BEFORE = /(?:\b[A-Z]{1,}[ \t:#]{0,3}[A-Z]{0,4}\d[\dA-Z/.-]{3,}|\d[\dA-Z/.-]{4,})\)?[ \t]{0,2}(?:[,:;(]|[-–]|for)[ \t]{0,2}$/;
/**
 * "the note header for Dwayne Hollister", "discharge summary of Ana Ruiz": a patient record's noun,
 * then the person it is for.
 */
const RECORD_FOR_BEFORE =
  /\b(?:notes?|header|chart|records?|results?|labs|bloods|referral|letter|summary|prescription|script|scan|report|consent|form|paperwork|admission|appointment|wristband|label|sticker)[ \t]+(?:for|of|re)[ \t]{1,3}$/i;
/** "Path results for Leanne Russo", "Coroner's query re Tadhg Moloney": a record about a person. */
const ABOUT_BEFORE = /\b(?:for|re|regarding|concerning)[ \t:]{1,3}$/i;

/** "B. Saini S/o Nawal Saini": the person whose son, wife or daughter follows. */
const KIN_AFTER = /^[ \t]{1,2}[SWDswd]\/o\b/;
/**
 * "Park Soon-ja halmeoni, 93", "Ramesh bhaiya", "Fatma teyze": a kinship honorific written after
 * the name (Korean, Japanese, South Asian, Turkish), said of a person the writer knows.
 */
const HONORIFIC_AFTER =
  /^[ \t](?:halmeoni|halmoni|harabeoji|halabeoji|ajumma|ajeossi|obaasan|ojiisan|obaachan|ojiichan|amma|ammachi|appachan|akka|chechi|didi|bhaiya|dadi|nani|bibi|teyze|amca|nine|dede|hanım|hanim|hanımefendi|bey|beyefendi|abla|sahib|sahiba|saheb|begum)(?![\p{L}])/iu;
/** "Tran Van Nam ("Tony" at the salon)", "Wong Siu-ling ("Ling" to the family)": a nickname given. */
// Italian "detta", French "dite", German "genannt", Spanish "llamada", Polish "zwana": "known as".
const NICKNAME_AFTER = /^[ \t]{0,2}\([ \t]{0,2}(?:["“‘']|(?:goes by|aka|known as|detta|detto|dite|dit|genannt|llamad[ao]|chamad[ao]|apodad[ao]|alias|zwan[ay]|lakabı) )\p{Lu}/u;

/** Famous cases of the literature, named in teaching, never a poster's patient. */
const FAMOUS_CASES = new RegExp(`^(?:${FAMOUS_NAMES}|h\\.? ?m\\.?|k\\.? ?c\\.?|s\\.? ?m\\.?)$`, "i");

/**
 * The words of the famous cases a post names: "the Lacks family", "Gage's skull", "Washkansky
 * lived 18 days" then speak of the same person of the literature, not of a patient.
 */
function famousWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const name of famousCasesIn(text)) for (const w of name.split(/\s+/)) if (w.length > 2) words.add(w.toLowerCase());
  return words;
}
/** "Outdoors Card (7080 ...)", "Record Number: 004-...": the identifier's own name, not a person's. */
const ID_NOUN =
  /^(?:Card|Number|No|Record|Records|ID|Account|Policy|Plan|Member|Licen[cs]e|Passport|Certificate|Code|Reference|Serial|Lot|Batch|Model|Phone|Fax|Mobile|Box|Street|Road|Avenue|Lane|Drive|Unit|Suite|Room|Ward|Bed|Floor|Level|Score|Stage|Grade|Type|Class|Line|Lifeline|Helpline|Hotline|Service)$/;
/** "Ho Chi Minh", "Hong Kong": places that read as a surname-first name. */
const SURNAME_FIRST_PLACES = /^(?:hong kong|ho chi minh|da nang|ha noi|ha long|nha trang|hai phong|can tho|vung tau|da lat|quy nhon|bien hoa)\b/;

/** "John Smith (our patient)", "Jane Roe, my pt,": the pair is the patient. */
// "Themba (my pt, ...)", "Jarrah (the 15yo with T1DM)", "Ana, a 34F,": the patient, or a person
// described by an age, in apposition.
const PATIENT_AFTER = /^\s?[(,]\s?(?:our|my|the|a|an|this) (?:pt|patient|\d{1,3}[ -]?(?:yo|y\/o|[MF]|-?year-old|-?yr-old|yr old|year old|month-old|mo)\b)/i;
/** "admitted Sarah Jenkins", "spoke with Omar Haddad": a clinical verb right before the pair. */
const PATIENT_VERB_BEFORE = new RegExp(`\\b(?:${CARE_VERBS}|${CONTACT_VERBS})\\s$`, "i");
const PROVIDER_BEFORE = /(?:\b(?:Dr|Doctor|Prof|Professor|Nurse|NP|PA|RN|attending|resident|fellow|colleague|Drs)\.?[ \t]*|[-–—][ \t]*)$/;
/** A title or a signature dash before a name, but not a list's bullet ("- RENAUD Anicée, ch. 12"). */
const isProviderBefore = (before: string) => PROVIDER_BEFORE.test(before) && !/(?:^|\n|\d)[ \t]*[-–—][ \t]*$/.test(before);
const CREDENTIAL_AFTER = /^,?[ \t]*(?:MD|DO|MBBS|MBChB|RN|NP|PA-C|PA|PhD|PharmD|FACP|FRCP|FACC|DNP|APRN|CNM|FNP|MPH|MSc|MS)\b/;
// "(Jiménez Murillo, 7ª ed., ISBN ...)", "Harrison, 21st ed.": an edition cites a book's author.
const CITATION_AFTER = /^[ \t]*(?:et al|and colleagues|\(\d{4}\)|,? \d{4}\b|,?[ \t]\d{1,2}(?:ª|º|st|nd|rd|th|e|a)?\.?[ \t]?(?:ed|edn|éd|Aufl)\b)/;

interface CueState {
  text: string;
  out: RawFinding[];
}

function push(out: RawFinding[], span: NameSpan | null, level: "block" | "warn", priority: number, text?: string): void {
  if (!span) return;
  if (text !== undefined && FAMOUS_CASES.test(text.slice(span.start, span.end))) return;
  out.push({ category: "name", start: span.start, end: span.end, level, priority });
}

/** "doc", "honey", "Mom": what people call each other, not a name. */
const FORMS_OF_ADDRESS = /^(?:doc|doctor|sir|madam|honey|sweetie|sweetheart|dear|darling|love|babe|mom|mum|dad|boss|chief|nurse|angel|mate)$/i;

function onTitle(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "title", strictCommon);
  if (!span) {
    // "Mrs macleod": a capitalised title, a lower-case name.
    if (/^(?:Mr|Mrs|Ms|Miss|Mme|Sra?|Herr|Frau|se[ñn]ora)\b/i.test(m[0])) onLowerTitle(m, { text, out });
    return;
  }
  if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
  // "M." is Monsieur only before a name: "M. tuberculosis", "M. Kansasii" are species; "Anh" and
  // "Don" are also given names, so after them the next word must be recognised or all-caps.
  const first = span.words[0] ?? "";
  // "Pt with MS. Relapse last year": upper-case "MS." is multiple sclerosis unless a name follows.
  if (/^(?:MS|MR|MRS)\./.test(m[0]) && !isRecognised(first) && !isAllCaps(first)) return;
  if (/^M\./.test(m[0]) && (/\d/.test(text.charAt(m.index - 1)) || CITATION_AFTER.test(text.slice(span.end, span.end + 20)))) return;
  if (/^M\./.test(m[0]) && !isRecognised(first) && !isAllCaps(first)) {
    push(out, span, "warn", 25);
    return;
  }
  // "Sheikh Khalifa Medical City", "Pak Army Medical Corps": titles of other languages also head
  // hospitals' and institutions' names; "Pak" and "Bu" abbreviate other words as well.
  if (/^(?:Pak|Bu|Sheikh|Sheikha|Sayyid|Sayyida|Haji|Hajji|Bwana)\b/.test(m[0])) {
    const next = /^[ \t](\p{L}+)/u.exec(text.slice(span.end, span.end + 20))?.[1] ?? "";
    if ([...span.words, next].some((w) => INSTITUTION_WORDS.has(w.toLowerCase()) || isNeverAName(w))) return;
  }
  if (/^(?:Anh|Pat\.)/.test(m[0]) && !(isRecognised(first) || isAllCaps(first) || AGE_OR_DOB_AFTER.test(text.slice(span.end, span.end + 12)))) return;
  // "Don Pepe", "seu Ladislau": a given name follows, so places and brands are not one ("seu SUS").
  if (/^(?:Don|Dom|Seu|seu)\b/.test(m[0]) && (isNeverAName(first) || isAllCaps(first))) return;
  push(out, span, "block", 85);
}

function onDoctor(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "cap", strictCommon);
  if (!span) return;
  const after = text.slice(span.end, span.end + 90);
  const before = text.slice(Math.max(0, m.index - 80), m.index);
  const apposition = DOCTOR_IS_PATIENT_AFTER.exec(after);
  const gap = apposition ? apposition[0].replace(/(?:(?:my|our|a|the) (?:own )?(?:pt|patient)|[a-z]*patient[a-z]*|paciente|paziente)$/i, "") : "";
  if ((apposition && !PROVIDER_VERB.test(gap)) || DOCTOR_IS_PATIENT_BEFORE.test(before)) push(out, span, "block", 80);
}

function onFormLabel(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  // "Name:" is always followed by a name; "Patient:" may be followed by a description
  // ("Patient: Noncompliant"), so a single unknown word there only warns.
  const explicitName = /nam|nom/i.test(m[0]);
  const nameLabel = explicitName || /insured|subscriber|guarantor|contact|kin|NOK|spouse|parent|guardian|caregiver/i.test(m[0]);
  const span = readName(text, pos, "form", strictCommon);
  if (span) {
    if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
    // "Client: Kaiser Permanente", "Insured: Blue Cross Health": an organisation, unless the label
    // asks for a person's name.
    if (!explicitName && span.words.some((w) => INSTITUTION_WORDS.has(w.toLowerCase()))) return;
    const sure = nameLabel || span.words.length >= 2 || span.words.some(isRecognised) || AGE_OR_DOB_AFTER.test(text.slice(span.end, span.end + 14));
    if (!sure && isNeverAName(span.words[0] ?? "")) return;
    // "Parent: Direct oral challenge?": a sentence after a relation label only warns.
    const block = sure && (explicitName || !startsSentenceAfterLabel(text, span));
    push(out, span, block ? "block" : "warn", block ? 85 : 25);
    return;
  }
  // Lower-case words: "patient: john smith" is a name, "patient: lap chole?" and "parent: direct
  // oral challenge?" are questions. Only a listed name counts; after "Name:" an unlisted
  // lower-case word still warns.
  const lower = readName(text, pos, "lower", strictWeak);
  if (!lower) return;
  if (lower.words.length === 1 && isPlaceholderName(lower.words[0] ?? "")) return;
  const named = lowerCaseNameAfterLabel(text, lower);
  if (named) {
    push(out, named, "block", 85);
  } else if (explicitName) {
    const words = lower.words.slice(0, 2);
    const end = lower.start + words.join(" ").length;
    // "name: bartholomew okonkwo" as a line of its own, in a key: value list: a form's value,
    // whatever its case. Inside a sentence it only warns ("the name: pending").
    const field = /(?:^|\n)[ \t*_-]{0,4}$/.test(text.slice(Math.max(0, m.index - 6), m.index)) && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 4));
    push(out, { start: lower.start, end, words }, field ? "block" : "warn", field ? 85 : 25);
  }
}

function detectHeaders(text: string, out: RawFinding[]): void {
  HEADER_LINE.lastIndex = 0;
  for (const m of text.matchAll(HEADER_LINE)) {
    const lead = /^[:|]?[ \t]*/.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    const last = m[1] ?? "";
    const given = (m[2] ?? "").split(" ");
    // "Cheers, Kevin (ED registrar)": a sign-off and the author's name.
    if (strictWeak(last) || given.some(strictWeak) || /^(?:Cheers|Thanks|Regards|Best|Sincerely|Warmly)$/.test(last)) continue;
    // "Hypertension, Diabetes" heads a problem list too: a header needs a known name or record
    // data right after it ("| MR# ...", "DOB ...", a number, "— 68M").
    const end = m.index + m[0].length;
    const recordAfter = RECORD_AFTER.test(text.slice(end, end + 40));
    if (!recordAfter && !isRecognised(last) && !given.some(isRecognised)) continue;
    push(out, { start, end, words: [last, ...given] }, "block", 70);
  }
  // A surname in capitals and an initial needs record data after it: "COPD A" is no header.
  for (const m of text.matchAll(CAPS_HEADER)) {
    const name = m[1] ?? "";
    const end = m.index + m[0].length;
    if (strictWeak(name.slice(0, -2)) || !RECORD_AFTER.test(text.slice(end, end + 40))) continue;
    push(out, { start: end - name.length, end, words: name.split(" ") }, "block", 70);
  }
}

/** The first one or two words of a lower-case reading: "pt daniel park wants ..." -> "daniel park". */
function firstTwo(span: NameSpan): NameSpan {
  const words = span.words.slice(0, 2);
  return { start: span.start, end: span.start + words.join(" ").length, words };
}

/** A lower-case first name, with the next word when it is a listed name too ("priya sharma"). */
function lowerCaseNameAt(text: string, pos: number): NameSpan | null {
  const lower = readName(text, pos, "lower", strictLower);
  if (!lower || !isLowerCaseFirstName(lower.words[0] ?? "")) return null;
  const two = firstTwo(lower);
  if (two.words.length === 2 && !isLowerCaseName(two.words[1] ?? "")) return { start: pos, end: pos + (two.words[0] ?? "").length, words: two.words.slice(0, 1) };
  return two;
}

/**
 * "son of Raphaël", "le fils de Raphaël", "family of Yetunde": the relative's person follows (not
 * German "des" / "von", whose nouns are all capitalised: "die Tochter des Patienten").
 */
const KIN_OF_NAME = /^(?:of|de|do|da|du|di)[ \t]{1,3}(?=\p{Lu})/u;

/** Articles and possessives that open a sentence before a relative: "Der Sohn Björn", "Her Brother". */
const DETERMINER =
  /^(?:The|A|An|My|Her|His|Their|Our|Your|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Sein|Seine|Ihr|Ihre|Mein|Meine|El|La|Los|Las|Le|Les|Il|Lo|Su|Sus|Son|Sa|Ses|Mon|Ma|Mes|O|Os|As|Seu|Sua|De|Het|Zijn|Haar)$/;

function onRelative(m: RegExpExecArray, { text, out }: CueState): void {
  let pos = m.index + m[0].length;
  const of = KIN_OF_NAME.exec(text.slice(pos, pos + 8));
  if (of) pos += of[0].length;
  // "her husband's Parkinson's meds": after a possessive the word is the relative's thing, unless a
  // list or a shape knows it as a name.
  const possessive = /['’]s/.test(m[0]);
  const span = readName(text, pos, "cap", possessive ? strictWeak : (w) => isCommonWord(w) || DRUG_AND_DEVICE_BRANDS.has(w.toLowerCase()));
  if (span && possessive && !span.words.some(isRecognised)) return;
  // "s/o Gurnam Singh" in lower case is also "suggestive of" ("CXR s/o Consolidation"): a list or
  // a shape must know one of the words.
  if (span && /^[swd]\/o/.test(m[0]) && !span.words.some(isRecognised)) return;
  if (!span) {
    // "her daughter priya wants him home", "mama balogun": lower case needs a listed name.
    const lower = lowerCaseNameAt(text, pos) ?? readName(text, pos, "lower", strictLower);
    const first = lower?.words[0] ?? "";
    if (lower && isLowerCaseName(first)) push(out, { start: pos, end: pos + lower.words.slice(0, 2).join(" ").length, words: lower.words }, "block", 75, text);
    // "la nieta (flor)": one word alone in the relative's parentheses is the relative's name.
    else if (lower && m[0].includes("(") && text.charAt(pos + first.length) === ")" && slotWord(first))
      push(out, { start: pos, end: pos + first.length, words: [first] }, "block", 75, text);
    return;
  }
  if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
  // "North Brother Island", "the Big Sister Programme": a capitalised relative word inside a run of
  // capitalised words is part of a proper name, not a relative introducing one.
  const cue = text.slice(m.index, m.index + m[0].length);
  const wordBefore = /(?:^|[^\p{L}'’-])(\p{Lu}[\p{L}'’-]*)[ \t]$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
  if (/^\p{Lu}/u.test(cue) && wordBefore && !isCommonWord(wordBefore) && !DETERMINER.test(wordBefore)) return;
  // "Sister Mary Joseph nodule": an eponym, not a relative.
  if (EPONYM_HEAD_AFTER.test(text.slice(span.end, span.end + 20))) return;
  // "Mother: Worried about anaphylaxis": after a label-style colon, a sentence only warns.
  if (/[:\-–—]/.test(m[0]) && startsSentenceAfterLabel(text, span)) {
    push(out, span, "warn", 25);
    return;
  }
  push(out, span, "block", 80, text);
}

function onNamed(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const cap = readName(text, pos, "cap", strictWeak);
  if (cap) {
    const first = cap.words[0] ?? "";
    if (cap.words.length === 1 && isPlaceholderName(first)) return;
    // "she calls me Doc", "calls him Dad": a form of address, not a name.
    if (/call/i.test(m[0]) && cap.words.length === 1 && FORMS_OF_ADDRESS.test(first)) return;
    push(out, cap, "block", 75, text);
    return;
  }
  const lower = readName(text, pos, "lower", strictLower);
  if (lower && (isLowerCaseName(lower.words[0] ?? "") || AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 12)))) {
    push(out, lower, "block", 70, text);
  } else if (lower && /goes by|nicknamed|calls?|called/i.test(m[0]) && slotWord(lower.words[0] ?? "")) {
    // "goes by bubba", "everyone calls him tito": a nickname is a name whatever the lists say.
    const word = lower.words[0] ?? "";
    push(out, { start: lower.start, end: lower.start + word.length, words: [word] }, "block", 70, text);
  }
}

function onPtIs(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const cap = readName(text, pos, "cap", strictWeak);
  if (cap) {
    const first = cap.words[0] ?? "";
    if (cap.words.length === 1 && isPlaceholderName(first)) return;
    const sure = cap.words.length >= 2 || cap.words.some(isRecognised) || AGE_OR_DOB_AFTER.test(text.slice(cap.end, cap.end + 12));
    push(out, cap, sure ? "block" : "warn", sure ? 75 : 25, text);
    return;
  }
  const lower = readName(text, pos, "lower", strictLower);
  if (lower && (isLowerCaseName(lower.words[0] ?? "") || AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 12)) || slotName(firstTwo(lower).words, true))) {
    push(out, firstTwo(lower), "block", 70, text);
  }
}

/** "patient name somchai rattanapong seventy eight": a dictated label without its colon. */
const PATIENT_NAME_CUE = /\b(?:patient|pt|client)(?:'s)? name(?:[ \t]is)?[ \t]{1,3}/.source;

function onPatientName(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const read = readName(text, pos, "cap", strictCommon) ?? readName(text, pos, "lower", strictLower);
  if (!read) return;
  const two = firstTwo(read);
  const name = slotName(two.words)
    ? two
    : slotName(two.words.slice(0, 1))
      ? { start: two.start, end: two.start + (two.words[0] ?? "").length, words: two.words.slice(0, 1) }
      : null;
  push(out, name, "block", 75, text);
}

function onFamily(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "title", strictWeak);
  if (span && !(span.words.length === 1 && isPlaceholderName(span.words[0] ?? ""))) push(out, span, "block", 75, text);
}

/**
 * "baby Liam", "Baby of Obioma Adewura", "kid kléber franco, nascido em ...", "a 94 year old lady
 * Marjorie": a child's or a described person's name.
 */
function onBaby(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  // "31 yr old female Smt. Anandamayi": a title follows; its own cue reads the name.
  TITLE_AT.lastIndex = pos;
  if (TITLE_AT.test(text)) return;
  const cap = readName(text, pos, "cap", strictWeak);
  if (!cap) {
    // "kid kléber franco, nascido em ...": lower case needs a listed name or a birth date after it.
    // After the child nouns of other languages the next words are that language's ("mtoto wa
    // miezi 8", a child of 8 months): only a listed name counts.
    const foreign = /^(?:mtoto|bambin|dziecko|anak|bayi|bebe)/i.test(m[0]);
    const lower = foreign ? null : readName(text, pos, "lower", strictLower);
    if (lower && AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 14))) push(out, lower, "block", 70, text);
    else push(out, lowerCaseNameAt(text, pos), "block", 70, text);
    return;
  }
  // "baby Liam", "newborn 'Zara'"; "Baby Boomers" and other unrecognised words only warn.
  const sure = isRecognised(cap.words[0] ?? "") || /["“‘']$|of|old/i.test(m[0]);
  push(out, cap, sure ? "block" : "warn", sure ? 70 : 25, text);
}

/**
 * "mrs Mullins on Rt 3", "mr Barraclough wants to know": a title typed in lower case before a
 * capitalised name. The word must not be an ordinary, clinical, eponym, brand or place word; after
 * "mr", "ms", "sr" and "miss" (also findings and a verb) it must also be recognised or followed by
 * what a person does ("wants", "rang", "says").
 */
function lowerTitleCapitalName(m: RegExpExecArray, text: string, out: RawFinding[]): void {
  const start = m.index + m[0].length;
  const span = readName(text, start, "cap", strictWeak);
  if (!span) return;
  const first = span.words[0] ?? "";
  if (isPlaceholderName(first) || OCCUPATIONS.has(first.toLowerCase()) || isRelativeWord(first)) return;
  if (EPONYM_HEAD_AFTER.test(text.slice(span.end, span.end + 20))) return;
  const ambiguous = /^(?:mr|ms|sr|miss)\b/.test(m[0]);
  if (ambiguous && !span.words.some(isRecognised) && !PERSON_VERB_AFTER.test(text.slice(span.end, span.end + 12))) return;
  push(out, span, "block", 80, text);
}

/** Full-word titles that Spanish and French also use as nouns: "la señora dice que ...". */
const NOUN_TITLE = /^(?:señora|señor|senhora|madame)\b/i;

function onLowerTitle(m: RegExpExecArray, { text, out }: CueState): void {
  const start = m.index + m[0].length;
  if (/\p{Lu}/u.test(text.charAt(start))) {
    // "Mrs Mullins" is the capitalised title's (TITLE); here only "mrs Mullins".
    if (/^\p{Ll}/u.test(m[0])) lowerTitleCapitalName(m, text, out);
    return;
  }
  let pos = start;
  // "mrs c. ashworth", "mrs ní súilleabháin": an initial or a particle before the family name.
  const initial = /^[a-z]\.[ \t]?(?=[a-z])/.exec(text.slice(pos, pos + 4));
  if (initial) pos += initial[0].length;
  const particle = LOWER_PARTICLE.exec(text.slice(pos, pos + 9));
  if (particle) pos += particle[0].length;
  const lower = readName(text, pos, "lower", strictLower);
  if (!lower) return;
  const first = lower.words[0] ?? "";
  if (isPlaceholderName(first)) return;
  // "ms" is also multiple sclerosis ("ms lesions") and "miss" a verb ("miss early infection"):
  // after them, only a listed name counts. "mr" and
  // "sr" without a dot also abbreviate findings: the word must not read as English, or an article
  // must make the title a person's ("el sr herrera", "la sra").
  const plain = first.length >= 3 && !ENGLISH_WORD_NAMES.has(first) && !NAMES_ALSO_WORDS.has(first) && !isNeverAName(first);
  const article = /\b(?:el|al|del|la|le|o|a|do|da|the)[ \t]$/i.test(text.slice(Math.max(0, m.index - 4), m.index));
  const ambiguous = AMBIGUOUS_TITLE.test(m[0]) && !article;
  // "la señora dice que ...", "una señora vende ...": the full word is also the noun "lady", so
  // only a listed name counts after it.
  const sure =
    isLowerCaseName(first) ||
    (plain && !NOUN_TITLE.test(m[0]) && !/^(?:ms|miss)\b/i.test(m[0]) && (!ambiguous || (/^mr/i.test(m[0]) && first.length >= 4 && !ENGLISH_SUFFIX.test(first))));
  // A second lower-case word is the name's only when a list or a shape knows it: "mme julien ch 12".
  const second = lower.words[1] ?? "";
  const words = second.length >= 3 && (isLowerCaseName(second) || hasNameShape(second)) ? [first, second] : [first];
  if (sure) push(out, { start, end: lower.start + words.join(" ").length, words }, "block", 80, text);
}

function onVerbThenName(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const c = text.charCodeAt(pos);
  if (c >= 97 && c <= 122) {
    const named = lowerCaseNameAt(text, pos);
    if (named) {
      push(out, named, "block", 65, text);
      return;
    }
    // "admitted kavanagh overnight", "saw ngata in clinic": a listed or name-shaped family name,
    // then where or when the patient was seen.
    const lower = NOT_CARE_VERB.test(m[0]) ? null : readName(text, pos, "lower", strictLower);
    const word = lower?.words[0] ?? "";
    const end = pos + word.length;
    if (lower && (isLowerCaseName(word) || hasNameShape(word)) && CARE_SETTING_AFTER.test(text.slice(end, end + 30))) {
      push(out, { start: pos, end, words: [word] }, "block", 65, text);
    }
    return;
  }
  if (!NOT_CARE_VERB.test(m[0])) careVerbNames(text, pos, m[0], out);
}

/**
 * Family names alone after a care verb: "Saw Okoro in clinic today", "admitted Mayert overnight",
 * "Reviewed H. Nwachukwu and Ogunleye on the post-take round". A setting or time after the names
 * ("in clinic", "overnight") makes any capitalised word that is not an ordinary, clinical or place
 * word a name; any other continuation ("for", "with", a sentence end) needs a recognised one.
 */
function careVerbNames(text: string, pos: number, verb: string, out: RawFinding[]): void {
  const spans: NameSpan[] = [];
  let p = pos;
  for (let i = 0; i < 3; i++) {
    const initials = stickyAt(INITIALS, text, p);
    const at = initials ? p + initials.length + (text.charAt(p + initials.length) === " " ? 1 : 0) : p;
    const word = stickyAt(CAP_WORD, text, at);
    if (!word || word !== withoutPossessive(word)) return;
    if (strictWeak(word) || OCCUPATIONS.has(word.toLowerCase()) || isRelativeWord(word) || FORMS_OF_ADDRESS.test(word) || isPlaceholderName(word)) return;
    spans.push({ start: p, end: at + word.length, words: [word] });
    p = at + word.length;
    const join = NAME_LIST_JOIN.exec(text.slice(p, p + 6));
    if (!join) break;
    p += join[0].length;
  }
  const after = text.slice(p, p + 40);
  if (p !== spans[spans.length - 1]?.end || CITATION_AFTER.test(after) || CREDENTIAL_AFTER.test(after) || EPONYM_HEAD_AFTER.test(after)) return;
  // "Reviewed Cochrane today": a review's object may be a source; a place makes it a patient.
  const setting = CARE_SETTING_AFTER.test(after) && !(/^review/i.test(verb) && !/^ (?:in|on)\b/.test(after));
  if (!setting && !CARE_OTHER_AFTER.test(after)) return;
  for (const span of spans) {
    const known = setting || isRecognised(span.words[0] ?? "");
    push(out, span, known ? "block" : "warn", known ? 70 : 25, text);
  }
}

function onWeakPatient(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  // "the Berlin patient (Timothy Ray Brown)": a published case's nickname and its name.
  if (/\b[Tt]he \p{Lu}\p{Ll}+[ \t]$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) return;
  // All-caps after a cue ("pt JOHN SMITH", "Patiente DUPONT Marie") counts only when a word is
  // recognised: "pt DNR" or "pt HTN DM" are not names.
  const caps = readName(text, pos, "title", strictWeak);
  // "Patient CHI: 2703661355", "patient NHS #...": a field label with its value, not a name.
  if (caps && /^[ \t]{0,2}[:#]/.test(text.slice(caps.end, caps.end + 3)) && /^[A-Z]+$/.test(text.slice(caps.start, caps.end))) return;
  if (caps && /^[A-Z]{2}/.test(text.slice(pos, pos + 2)) && caps.words.some(isRecognised)) {
    push(out, caps, "block", 70, text);
    return;
  }
  const cap = readName(text, pos, "cap", strictWeak);
  if (cap) {
    const first = cap.words[0] ?? "";
    if (cap.words.length === 1 && isPlaceholderName(first)) return;
    const initials = /^\p{Lu}\./u.test(text.slice(pos, pos + 2));
    // "my patient Ahmed", "our pt Kevin", "patient 'Jimmy'": the possessive or the quote says a
    // name follows ("my patient Population" is not English).
    const owned = /\b(?:my|our)[ \t]+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) || /[“"‘']$/.test(m[0]);
    const known = isRecognised(first) || initials || owned || cap.words.length >= 2;
    // "A patient, Wiremu from Rotorua, ...": after the cue's comma, a hometown places a person.
    // "Hastam Ayşegül hanım": an honorific after the word says it is a person's name.
    const capAfter = text.slice(cap.end, cap.end + 40);
    const aged = AGE_OR_DOB_AFTER.test(capAfter) || HONORIFIC_AFTER.test(capAfter) || (/,[ \t]?$/.test(m[0]) && /^[ \t]from[ \t]\p{Lu}/u.test(capAfter));
    push(out, cap, known || aged ? "block" : "warn", known || aged ? 70 : 25, text);
    return;
  }
  const lower = readName(text, pos, "lower", strictLower);
  if (!lower) return;
  const two = firstTwo(lower);
  const [first = "", second = ""] = two.words;
  // "pacjentka agnieszka dąbrowska, nr ks. gł. 2024/08813": an age or a record number after two
  // lower-case words that are not ordinary words.
  const twoAfter = text.slice(two.end, two.end + 40);
  const aged = AGE_OR_DOB_AFTER.test(twoAfter) || (two.words.length === 2 && idAfter(twoAfter));
  // "pt li lihua": a surname-first family name and a romanised given name; "pt keisha hollister
  // rang": two words, one of them listed, that a person's verb follows ("pt family member called"
  // is not a name).
  const surnameFirst = isSurnameFirst(first) && second.length >= 4 && isSyllabicGivenName(second);
  const actor =
    second.length >= 3 &&
    (isKnownName(first) || isKnownName(second)) &&
    !isRelativeWord(first) &&
    !isRelativeWord(second) &&
    PERSON_VERB_AFTER.test(text.slice(two.end, two.end + 12));
  if (isLowerCaseFirstName(first) || aged || surnameFirst || actor) push(out, two, "block", 70, text);
}

/** "... rang the ward", "... called again", "... dob 7/14/55": what a person (not a word) does. */
const PERSON_VERB_AFTER = /^[ \t](?:rang|called|phoned|came|comes|is|was|has|had|wants|asked|says|said|returned|texted|emailed|dob|d\.o\.b)\b/i;
const RELATIVE_WORD_ONLY = new RegExp(`^${RELATIVE_WORD}$`, "i");
const isRelativeWord = (w: string) => RELATIVE_WORD_ONLY.test(w);

/** A quotation opened earlier on the line: "'Hi Dr, my name is Linda ...". */
const QUOTE_OPEN = /["“]|(?:^|[\s:(])['‘](?=\S)/;

function onSelfIntro(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const cap = readName(text, pos, "cap", strictWeak);
  const span = cap ?? readName(text, pos, "lower", strictWeak);
  // Lower case needs a first name that is not also a word: "it is crystal clear", "it's frank blood".
  const first = span?.words[0] ?? "";
  if (!span || !(cap ? isFirstName(first) : isLowerCaseFirstName(first))) return;
  const named = span.words.length > 2 ? firstTwo(span) : span;
  // "I'm Maria, a GP in Lisbon": on a forum of physicians the author introduces themself; a
  // patient's "my name is ..." arrives quoted.
  const author = /^(?:I|my)\b/i.test(m[0]) && !QUOTE_OPEN.test(lineBefore(text, m.index, 200));
  push(out, named, author ? "warn" : "block", author ? 25 : 65, text);
}

/** "Pt T. Okoro", "(R.S. Iyer", line start: places where initials begin a person's name. */
const INITIALS_CONTEXT = /(?:^|\n\s?|\(\s?|\b(?:pt|patient|Mr|Mrs|Ms|named|is|with|for|to|and|saw|see|seen)\.?\s)$/i;

/** Initials standing for a patient: "initials T.W.", "pt J.D.", "Mr. R.K.". */
const BARE_INITIALS = /\b(?:[Ii]nitials|[Pp]t|[Pp]atient|Mr|Mrs|Ms|Miss)\.?:?[ \t]{1,3}(?:\(?initials[ \t]{1,3})?([A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![A-Za-z])/.source;

function onBareInitials(m: RegExpExecArray, { text, out }: CueState): void {
  const initials = m[1] ?? "";
  const start = m.index + m[0].length - initials.length;
  // "R.S. Iyer" is handled with its surname (detectInitials); here only initials that stand alone.
  if (/^[ \t]?\p{Lu}\p{Ll}/u.test(text.slice(start + initials.length, start + initials.length + 3))) return;
  // "patient H.M." is a case of the literature.
  push(out, { start, end: start + initials.length, words: [] }, "block", 70, text);
}

/**
 * All cue-led readings in one pass. Order: where two cues start at the same place the earlier
 * wins ("Pt:" is a form label before it is "pt", "pt is" before "pt").
 * Rule: every cue opens with \b and an ASCII letter (a foreign relative starting "é" follows a
 * space, so \b fails before it), so the combined pass may check that lead once per position.
 */
const CUES = compileCues<CueState>(
  [
    { source: FORM_LABEL, flags: "i", handle: onFormLabel },
    { source: NAMED_CUE, flags: "i", handle: onNamed },
    { source: PT_IS_CUE, flags: "i", handle: onPtIs },
    { source: PATIENT_NAME_CUE, flags: "i", handle: onPatientName },
    { source: BARE_INITIALS, flags: "", handle: onBareInitials },
    { source: WEAK_PATIENT_CUE, flags: "i", handle: onWeakPatient },
    { source: FAMILY_CUE, flags: "i", handle: onFamily },
    { source: BABY_CUE, flags: "i", handle: onBaby },
    { source: SELF_INTRO, flags: "i", handle: onSelfIntro },
    { source: RELATIVE, flags: "i", handle: onRelative },
    { source: KIN_OF, flags: "", handle: onRelative },
    { source: TITLE, flags: "", handle: onTitle },
    { source: LOWER_TITLE, flags: "", handle: onLowerTitle },
    { source: DOCTOR, flags: "", handle: onDoctor },
    { source: VERB_THEN_NAME, flags: "i", handle: onVerbThenName },
  ],
  "\\b(?=[A-Za-z])",
);

/**
 * Nouns that a capital letter designates: "vitamin D", "hepatitis B", "factor V", "type A",
 * "grade C", "plan B". Listed for their capitalised, sentence-initial form ("Vitamin D. Recheck");
 * any other lower-case noun before the letter counts too (see `designatedLetter`).
 */
const DESIGNATED_NOUNS = new Set(
  `vitamin vitamins hepatitis hep type types grade grades phase phases factor factors class classes stage
  stages group groups category tier level zone arm part section appendix table figure option plan step lead
  leads protein complement influenza flu strep serotype subtype strain genotype clade variant antigen
  immunoglobulin ig ward bed room pod bay wing tower building floor unit team cohort site visit schedule
  list box panel model version series region quadrant segment score criteria`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Lower-case words that introduce a person, not a designated letter: "regarding T. Okoro". */
const PERSON_LEAD =
  /^(?:regarding|concerning|involving|contact|contacting|ask|tell|thank|page|email|text|versus|vs|plus|unlike|whereas|against|between|attn|cc|dear|hi|hello|per|by|from)$/;

/**
 * "vitamin D. Time the dose", "hepatitis B. Serology pending", "anti-D. Give ...": the capital is a
 * letter that the noun before it designates, ending a sentence, and the capitalised word after it
 * starts the next sentence. The noun is lower case (any content word that is not a function word,
 * a verb in -ed/-ing or a word that introduces people) or a listed designated noun in any case.
 */
function designatedLetter(text: string, letterPos: number): boolean {
  if (text.charAt(letterPos - 1) === "-" && /\p{L}/u.test(text.charAt(letterPos - 2))) return true;
  if (text.charAt(letterPos - 1) !== " ") return false;
  const m = /(?:^|[^\p{L}'’-])(\p{L}\p{Ll}{1,20}) $/u.exec(text.slice(Math.max(0, letterPos - 24), letterPos));
  if (!m) return false;
  const word = m[1] ?? "";
  const lower = word.toLowerCase();
  if (DESIGNATED_NOUNS.has(lower)) return true;
  if (word !== lower) return false;
  if (COMMON_WORDS.has(lower) || PERSON_LEAD.test(lower) || isFirstName(lower)) return false;
  return !/(?:ed|ing)$/.test(lower);
}

function detectInitials(text: string, out: RawFinding[]): void {
  INITIALS_SURNAME.lastIndex = 0;
  for (const m of text.matchAll(INITIALS_SURNAME)) {
    const surnamePos = m.index + m[0].length;
    const surname = stickyAt(CAP_WORD, text, surnamePos);
    if (!surname) continue;
    const bare = withoutPossessive(surname);
    // "P.O. Box": the initials abbreviate the noun after them.
    if (bare.length < 3 || SPECIES.test(bare) || isNeverAName(bare) || ID_NOUN.test(bare)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (PROVIDER_BEFORE.test(before)) continue;
    const after = text.slice(surnamePos + bare.length, surnamePos + bare.length + 20);
    if (CITATION_AFTER.test(after) || CREDENTIAL_AFTER.test(after)) continue;
    // Two initials ("R.S. Iyer"), a known surname ("T. Okoro") or a name position (line start,
    // after "pt") block; otherwise the capital may end a sentence ("hepatitis B. Serologies"): warn.
    // Country and city initialisms are not a person: "U.S. Preventive Services", "L.A. County".
    if (/^(?:U\.\s?S|U\.\s?K|U\.\s?N|E\.\s?U|D\.\s?C|L\.\s?A|N\.\s?Y|N\.\s?J|S\.\s?F)\.\s?$/.test(m[0])) continue;
    const twoInitials = /[A-Z]\.\s?[A-Z]\./.test(m[0]);
    const known = isRecognised(bare);
    const positioned = INITIALS_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index));
    // "vitamin D. Time ...": a designated letter ending a sentence. The next word is only the next
    // sentence's first word, unless it is a listed name ("... type A. Nguyen ..."): then it warns.
    if (!twoInitials && !positioned && designatedLetter(text, m.index)) {
      if (known) push(out, { start: m.index, end: surnamePos + bare.length, words: [bare] }, "warn", 25);
      continue;
    }
    const recorded = AGE_OR_DOB_AFTER.test(after) || idAfter(after) || KIN_AFTER.test(after);
    const level = twoInitials || known || positioned || recorded ? "block" : "warn";
    push(out, { start: m.index, end: surnamePos + bare.length, words: [bare] }, level, level === "block" ? 75 : 25);
  }
}

/** "Talia Sauerland's overpayment", "Mélanie's pump", "Seo Seo-yeon's husband": a person's things. */
const POSSESSED_RECORD = new RegExp(
  `^['’]s[ \\t]+(?:[A-Za-z&-]+[ \\t]+)?(?:${RELATIVE_WORD}|chart|labs|bloods|results|meds|medications|insurance|coverage|appointment|diagnosis|symptoms|case|scans?|biopsy|echo|pump|sensor|pacemaker|ICD|CRT-?D?|implant|stent|device|aids?|hip|knee|wheelchair|walker|farm|house|flat|family|parents|kids|children|pain|overpayment|bill|account|claim|referral|admission|notes|file|letter|records?|CABG|MRI|CT|ECG|mammogram|INR|A1c|prescription|care|visit|number|phone|address|email|fax|\\d{1,2}-year-old)\\b`,
);
/** "Mabaso's daughter Yolanda": whoever has the relative is a person. */
const POSSESSED_RELATIVE = new RegExp(`^['’]s[ \\t]+(?:[a-z-]+[ \\t]+)?${RELATIVE_WORD}\\b`);
/** "Leanne's 90-odd", "Tane's ninety-two": "'s" for "is", then an age. */
const AGE_CONTRACTION = /^['’]s[ \t](?:\d{2,3}(?![\d.,:/])|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b|a hundred)/;

/** "the Nguyen family", "the Okafor twins": a family name. */
// Not "the Tamale family medicine programme": "family" before medicine, practice or planning is
// the specialty or the service, and the word before it a place.
const THE_FAMILY = new RegExp(
  `\\bthe ([${UPPER}][${LOWER}'’-]{1,20}) (?:family(?! (?:medicine|practice|practitioners?|physicians?|doctors?|planning|health|clinic|therapy|court|law|services?|programme|program|residency))|household|twins|kids|children|parents|boys|girls)\\b`,
  "g",
);
/** "Gwen's mom called", "Jake's MRI": a known first name owning a relative or a record. */
// Found from the rare "'s " and read backwards (by indexOf: a regex with "’" takes V8's slow
// two-byte path): a forward scan would try every capitalised word.
function possessiveMarks(text: string): number[] {
  const marks: number[] = [];
  for (const quote of ["'s", "’s"]) {
    for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 2)) {
      const c = text.charAt(i + 2);
      if (c === " " || c === "\t") marks.push(i);
    }
  }
  return marks;
}
const POSSESSOR = new RegExp(`([${UPPER}][${LOWER}]{1,20}(?:-[${UPPER}][${LOWER}]{1,20}|-(?:san|sama|kun|chan))?)$`);

function detectFamilyAndPossessive(text: string, out: RawFinding[]): void {
  THE_FAMILY.lastIndex = 0;
  for (const m of text.matchAll(THE_FAMILY)) {
    const word = m[1] ?? "";
    if (isNeverAName(word)) continue;
    const start = m.index + 4;
    push(out, { start, end: start + word.length, words: [word] }, "block", 70);
  }
  for (const markIndex of possessiveMarks(text)) {
    const m = POSSESSOR.exec(text.slice(Math.max(0, markIndex - 28), markIndex));
    if (!m) continue;
    const index = markIndex - (m[1] ?? "").length;
    if (!startsWord(text, index)) continue;
    const word = (m[1] ?? "").replace(/-(?:san|sama|kun|chan)$/, "");
    const after = text.slice(markIndex, markIndex + 40);
    // A relative or an age after the possessive makes any name-like word a person; other records
    // need a word a list or a shape knows ("Okoro's bloods"; not "Harrison's chapter").
    const strong = POSSESSED_RELATIVE.test(after) || AGE_CONTRACTION.test(after);
    if (!strong && !POSSESSED_RECORD.test(after)) continue;
    if (isNeverAName(word) || NOT_NAMES.has(word.toLowerCase()) || isRelativeWord(word)) continue;
    const honorific = (m[1] ?? "").length > word.length;
    const level = strong || honorific || isRecognised(word) ? "block" : null;
    if (level) push(out, { start: index, end: index + word.length, words: [word] }, level, level === "block" ? 65 : 25);
  }
}

/**
 * One recognised word that is a person by what follows: "Gwen, 54, presented ...", "Jorge, a
 * 45-year-old ...", "Jean-Pierre came back with dyspnoea", "Ngozi, his wife, ...". An unrecognised
 * word before a relative's apposition only warns ("Tamsin, his wife, ...").
 */
const SINGLE_NAME = new RegExp(`([${UPPER}][${LOWER}]{2,20}(?:-[${UPPER}][${LOWER}]{1,20})?)(?=,[ \\t]|[ \\t]{1,2}[(a-z]|[ \\t]?\\))`, "g");

/**
 * '"Snow" to everyone at the RSL', '"Nana Bea" is what the family calls her': a quoted nickname
 * and the people who use it.
 */
const QUOTED_ALIAS = new RegExp(
  `["“](?:(?:el|la|le|o|a)[ \\t])?([${UPPER}][${LOWER}]{1,15})["”][ \\t](?:to (?:everyone|everybody|all|the family|family|friends|(?:his|her|their) (?:friends|mates|family|kids|grandkids|colleagues))\\b|(?:para|pour|für|per)[ \\t](?:todo|todos|toda|todas|tout|tous|toute|alle|tutti)\\b|(?:is )?what (?:everyone|everybody|they|we|the family|his family|her family) calls?\\b|\\([^()\\n]{0,40}?\\bcalls? (?:him|her|them)\\b)`,
  "g",
);
/**
 * "a Márcia tem um canal", "la Encarni vive sola", "el Toño dijo": in Portuguese and Spanish an
 * article before a given name, then a verb of the person. The word must be a listed first name.
 */
const ARTICLE_NAME = new RegExp(
  `\\b(?:a|o|la|el)[ \\t]([${UPPER}][${LOWER}]{2,20})[ \\t](?:tem|tinha|teve|está|estava|é|era|foi|vai|quer|queria|disse|diz|mora|vive|chegou|veio|voltou|tiene|tenía|tuvo|estaba|es|fue|va|quiere|quería|dijo|dice|llegó|vino|volvió)(?![${LETTER}])`,
  "g",
);

function detectAliasAndArticleNames(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(QUOTED_ALIAS)) {
    const word = m[1] ?? "";
    if (isPlaceholderName(word) || FORMS_OF_ADDRESS.test(word) || isCommonWord(word)) continue;
    // After the opening quote and an article inside it ('"el Tano"').
    const start = m.index + m[0].indexOf(word, 1);
    push(out, { start, end: start + word.length, words: [word] }, "block", 70, text);
  }
  for (const m of text.matchAll(ARTICLE_NAME)) {
    const word = m[1] ?? "";
    if (!isFirstName(word) || isNeverAName(word)) continue;
    const start = m.index + m[0].indexOf(word, 1);
    push(out, { start, end: start + word.length, words: [word] }, "block", 65, text);
  }
}

/** Where a sentence opens: the text's start, after a stop, a colon, a line break or a dash. */
const OPENING_BEFORE = /(?:^|[.!?:]\s{1,3}|\n\s{0,3}|\s[-–—]\s{1,2})$/;
/** An age or a birth date in apposition: ", 29,", ", DOB 030947", " (DOB ...". */
const OPENING_AGE_AFTER = /^(?:,[ \t]?\d{1,3},|,[ \t]{0,2}(?:DOB|D\.O\.B|dob)\b|[ \t]\((?:DOB|D\.O\.B|dob)\b)/;
/** "Joost (32) paid for ...": a bracketed age, then what only a person does. */
const PERSON_AGE_AFTER =
  /^[ \t]\(\d{1,3}\)[ \t]{1,2}(?:paid|pays|wants|wanted|lives|lived|came|comes|says|said|asked|asks|refuses|refused|declined|went|goes|works|worked|presented|presents|complains|complained|fell|told|tells|insists|insisted|travel+ed|moved|speaks|smokes|drinks|arrived|walked|returned)\b/;
/**
 * What a single word is called: "Winifred (the care home calls her Auntie Win)", "Giuseppe (detto
 * Peppe)", '"Snow" ...'. Not "known as" alone: drugs are known as their brands.
 */
const PERSON_ALIAS_AFTER =
  /^[ \t]{0,2}\((?:[ \t]{0,2}["“‘']\p{Lu}|[^()\n]{0,30}?\b(?:calls? (?:him|her)|goes by|nicknamed)\b|[ \t]{0,2}(?:detta|detto|dite|dit|genannt|zwan[ay]|llamad[ao]) \p{Lu})/u;

/**
 * What a person does or says, right after a lone given name that is the sentence's subject: "Jamal
 * thinks it's harmless", "Aoife only has the landline", "Noah chegou com 6h", "Yesenia dice que
 * vive ...", "Nikita erkenne sie nicht". Verbs of speech, will, habit and the body in English,
 * Spanish, Portuguese, French, German and Italian; not "is", "has" or "was" alone, which also open
 * remarks about colleagues and authors ("James is right", "Sarah has a point").
 */
const SUBJECT_VERB_AFTER =
  /^[ \t](?:(?:only|still|never|always|just|also|now|already|really|apparently|reportedly|then|ya|já|todavía|ainda|nur|noch|immer)[ \t])?(?:says|said|thinks|thought|wants|wanted|feels|felt|denies|denied|refuses|refused|declines|declined|insists|insisted|admits|admitted|swears|claims|claimed|mentioned|told|tells|asked|asks|begged|agreed|understands|believes|believed|knows|knew|remembers|forgot|forgets|worries|worried|missed|misses|skipped|stopped|started|quit|lives|lived|stays|stayed|works|worked|drives|drove|smokes|smoked|drinks|drank|vapes|eats|ate|sleeps|slept|woke|wakes|walks|walked|ran|runs|fell|falls|fainted|collapsed|vomited|cried|screamed|turns|turned|showed|shows|brought|brings|called|rang|phoned|texted|messaged|emailed|arrived|left|went|goes|came|comes|got|gets|keeps|kept|took|takes|needs|needed|loves|hates|likes|can't|cannot|couldn't|won't|wouldn't|doesn't|didn't|isn't|wasn't|hasn't|hadn't|only has|only had|(?:has|had) been(?! (?:a|an|the|so|very|really|great|helpful|right|kind|amazing|brilliant|wonderful|involved|working|teaching|telling|saying|doing|writing|on call)\b)|has had|has never|has stopped|has started|dice|dijo|cuenta|contó|refiere|refirió|niega|negó|quiere|quería|tiene|tenía|vive|vivía|trabaja|llegó|vino|fue a|no quiere|diz|disse|conta|contou|refere|referiu|nega|negou|quer|queria|tem|tinha|mora|morava|trabalha|chegou|veio|foi ao|foi à|não quer|dit|disait|raconte|veut|voulait|refuse|habite|vit|travaille|est arrivée?|sagt|sagte|meint|erzählt|will|wollte|wohnt|lebt|arbeitet|kam|kommt|erkenne|erkennt|weigert|dice che|vuole|abita|lavora)(?![\p{L}'’])/u;
/** A person described, then a bracket: "Elderly man (", "a 6yo girl (", "the patient (". */
const DESCRIBED_BEFORE =
  /\b(?:man|woman|lady|gentleman|boy|girl|child|kid|baby|toddler|teen|teenager|student|farmer|pt|patient|client|resident|widow|widower|veteran)[ \t]?\([ \t]?$/i;
/** A given name addressed, thanked or credited: a colleague, not a patient ("Thanks Sarah, ..."). */
const ADDRESSED_BEFORE =
  /(?:\b(?:thanks|thank you|thx|ty|hi|hey|hello|dear|cc|agree with|per|as|like|colleague|registrar|resident|intern|fellow|consultant|attending|nurse|midwife|pharmacist|tech|secretary|supervisor|boss|mentor|student|professor|author|speaker|writer|@)[ \t,]{0,2}|@)$/i;
/**
 * Signs that the post is about a patient: an age with a sex or "years", a patient word, a relative.
 * A given name that acts with none of these near it is more likely a colleague or a story ("Sarah
 * says she has seen this in her practice").
 */
const PATIENT_SIGNS =
  /\b(?:\d{1,3}[ \t]?(?:[MF]|yo|y\/o|yrs?|years?|-year|años|anos|ans|Jahre|J)\b|\d{1,3}[- ]year-old|(?:[MF]|male|female),?[ \t]\d{1,3}\b|pt|patient|paciente|patiente?|Patientin|client|mum|mom|mother|father|dad|wife|husband|son|daughter|mãe|madre|mère|Mutter|Ehefrau|Ehemann|hija|hijo|filha|filho)\b/i;

function detectSingleNames(text: string, out: RawFinding[]): void {
  SINGLE_NAME.lastIndex = 0;
  for (const m of text.matchAll(SINGLE_NAME)) {
    const word = m[1] ?? "";
    // Most matches are sentence starts ("The", "She"): the cheapest tests first.
    if (COMMON_WORDS.has(word.toLowerCase()) || !startsWord(text, m.index, ".’'-")) continue;
    const end = m.index + word.length;
    const after = text.slice(end, end + 60);
    // "Ngozi, his wife,", "Chukwuemeka (goes by Emeka)": a relative, or a name with its nickname.
    // "Winifred (the care home calls her Auntie Win)", "Giuseppa (detta Pina)": an aside about
    // what the person is called.
    const alias = PERSON_ALIAS_AFTER.test(after);
    // "Themba (my pt, 31M, ...)", "Joost, our patient,": the word is the patient, listed or not.
    const patientAfter = PATIENT_AFTER.test(after);
    const relative = alias || patientAfter || RELATIVE_AFTER.test(after) || KIN_AFTER.test(after);
    const aged = AGE_OR_DOB_AFTER.test(after) || PERSON_AGE_AFTER.test(after);
    // A listed given name (never an ordinary word) that speaks or acts in a post about a patient.
    const acting = SUBJECT_VERB_AFTER.test(after) && isFirstName(word) && !NAMES_ALSO_WORDS.has(word.toLowerCase()) && actsAsPatient(text, m.index);
    const bracketedAlone = /^[ \t]?\)/.test(after) && DESCRIBED_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (!relative && !aged && !acting && !bracketedAlone && !CLINICAL_PREDICATE_AFTER.test(after)) continue;
    if (isNeverAName(word) || isPlaceholderName(word) || NOT_NAMES.has(word.toLowerCase()) || OCCUPATIONS.has(word.toLowerCase())) continue;
    if (isRelativeWord(word) || PERSON_NOUN.test(word)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // "Tamsin, 29, ...", "— Shira, 31, twins", "Joost (32) paid ...", "Jade, DOB 030947" or
    // "Tamsin (DOB ...)" opening a sentence: an age in apposition or a birth date names a person
    // ("Glucose, 95, normal" is a common word and skipped above). After a dash the age says the
    // word is no signature.
    const opening = OPENING_BEFORE.test(before) && (OPENING_AGE_AFTER.test(after) || PERSON_AGE_AFTER.test(after));
    if (isProviderBefore(before) && !(opening && /[-–—][ \t]*$/.test(before))) continue;
    // An unlisted word with an age after a patient's age is a name too: "22F, Ahalya, first
    // episode" (not "glucose was 95; Glucose, 95, normal").
    const listed = aged && /\b\d{1,3}[ \t]?(?:[MF]|yo|y\/o)\b,?[ \t]*$/.test(before);
    // A word after another capitalised word belongs to a pair, which the uncued reading judges as
    // a whole ("Mary Mallon ('Typhoid Mary')" is a case of the literature).
    const lone = !/\p{Lu}[\p{Ll}'’-]+[ \t]$/u.test(before);
    // "Elderly man (Hamish, 93)", "80s lady (Dorothy) with new AF": a person described, then named
    // in brackets (with an age, or alone when a list knows the given name).
    const described = DESCRIBED_BEFORE.test(before) && (aged || (/^[ \t]?\)/.test(after) && isFirstName(word)));
    const recognised = isRecognised(word) || listed || opening || described || (alias && lone) || (patientAfter && lone) || (acting && lone);
    if (!relative && !recognised) continue;
    push(out, { start: m.index, end, words: [word] }, recognised ? "block" : "warn", recognised ? 65 : 25, text);
  }
}

/**
 * True when a given name at `start` reads as a patient or a relative acting: not addressed or
 * credited ("thanks Sarah", "my registrar Tom says"), and the post shows a patient within 400
 * characters either side.
 */
function actsAsPatient(text: string, start: number): boolean {
  if (ADDRESSED_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return PATIENT_SIGNS.test(text.slice(Math.max(0, start - 400), start + 400));
}

/** Vehicle makes whose models follow them as a capitalised word ("Ford Ranger", "Honda Civic"). */
const VEHICLE_MAKE =
  /^(?:Ford|Honda|Toyota|Nissan|Chevy|Chevrolet|Hyundai|Kia|Mazda|Subaru|Volkswagen|VW|BMW|Audi|Mercedes|Tesla|Jeep|Dodge|Ram|GMC|Holden|Peugeot|Renault|Citro[eë]n|Fiat|Skoda|[ŠS]koda|Volvo|Mitsubishi|Suzuki|Isuzu|Lexus|Harley|Yamaha|Kawasaki|Ducati|Triumph|Vauxhall|Opel|Seat|Dacia|Land|Range|Mini|Porsche|Buick|Cadillac|Lincoln|Chrysler|Pontiac|Acura|Infiniti|Scania|Kenworth|Peterbilt|Freightliner|Mack)$/;
/** What comes before a vehicle: a driving verb, an owner, an article or a model year. */
const VEHICLE_LEAD =
  /(?:\b(?:drove|drives|driving|driver|rode|riding|rider|crashed|rolled|hit|T-boned|his|her|their|a|an|the|new|old|in|of|car|truck|ute|van|bike)|\b(?:19|20)\d\d)[ \t]{1,2}$/;

/**
 * Two or more capitalised or all-caps words with no cue before them: "Giuseppe Esposito",
 * "Nguyen Van An", "DUPONT Marie", "Pieter van der Berg". Particles and initials may sit inside.
 */
const NAME_RUN = new RegExp(
  `(?:[${UPPER}][${LOWER}]{1,20}(?:-[${UPPER}]?[${LOWER}]{1,20})?|[${UPPER}]{2,20})(?=[ \\t](?:(?:de la|de los|van der|van den|von der|de|del|della|van|von|da|di|du|dos|das|bin|binti|ibn|al|el|le|la|Ó|Ní|Nic|Uí|Mhic)[ \\t])?[${UPPER}])`,
  "g",
);

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Reads up to four name tokens from `pos` (particles and initials between them are skipped). */
function readRun(text: string, pos: number): Token[] {
  const tokens: Token[] = [];
  let p = pos;
  for (let i = 0; i < 6 && tokens.length < 4; i++) {
    let afterParticle = false;
    if (tokens.length > 0) {
      const particle = stickyAt(PARTICLE, text, p);
      if (particle) p += particle.length;
      afterParticle = particle !== null;
    }
    const initial = tokens.length > 0 ? stickyAt(INITIALS, text, p) : null;
    const tok = initial ?? stickyAt(CAP_WORD, text, p) ?? stickyAt(CAPS_WORD, text, p);
    if (!tok) break;
    const bare = withoutPossessive(tok);
    if (!initial) {
      // "Nguyen Van An": a short given name may also be a common word, after a surname-first family name.
      // Second position: not a function word ("Kim And Lee"); "Bui Thu Trang" (a weekday) is fine.
      // "Oh Young-hee", "Park Soon-ja": a hyphenated Korean given name whose syllables are also words.
      const givenAfterFamily =
        tokens.length >= 1 &&
        isSurnameFirst(tokens[0]?.word ?? "") &&
        (/^\p{Lu}\p{Ll}{1,3}$/u.test(bare) || /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{2,6}$/u.test(bare)) &&
        isSyllabicGivenName(bare) &&
        (tokens.length >= 2 || bare.includes("-") || !COMMON_WORDS.has(bare.toLowerCase()));
      // "Vinh Le", "Younghee Oh": a short East Asian family name written last, after a given name
      // a list or the syllables know, even when the word is also a particle or a word.
      const familyLast =
        tokens.length === 1 &&
        bare.length <= 3 &&
        isSurnameFirst(bare) &&
        !isAllCaps(bare) &&
        isGivenAfterSurnameFirst(tokens[0]?.word ?? "") &&
        !/^ \p{Lu}/u.test(text.slice(p + tok.length, p + tok.length + 2));
      // After a particle the word is a family name even when it is also an eponym ("le Roux").
      if (!givenAfterFamily && !familyLast && ((afterParticle ? strictCommon(bare) : strictWeak(bare)) || hasCommonPart(bare))) break;
      tokens.push({ word: bare, start: p, end: p + bare.length });
    }
    if (bare.length !== tok.length) break;
    p += tok.length;
    if (text.charAt(p) !== " " || text.charAt(p + 1) === " ") break;
    p += 1;
  }
  return tokens;
}

/** "San Diego", "Fort Worth", "Port Elizabeth": a place, whatever follows. */
const PLACE_PREFIX = /^(?:San|Santa|Santo|São|Saint|St|Ste|Fort|Port|Mount|Mt|Lake|Los|Las|New|North|South|East|West|Cape|Glen|Puerto|Porto|Villa|Ciudad|Bad)$/;
/** "Iolo Price, HGV driver, ...", "Ama Boateng, a retired teacher,": a person's job in apposition. */
const OCCUPATION_AFTER =
  /^,[ \t](?:an? |retired )?(?:[A-Z]{2,4} |taxi |bus |lorry |truck |school |primary )?(?:driver|teacher|nurse|farmer|welder|pilot|mechanic|builder|labourer|cleaner|chef|electrician|plumber|miner|soldier)s?,/;
/** "Satellite Town", "Model Colony", "Shaheb Bazar": a locality's last word, never a family name. */
const PLACE_SUFFIX = /^(?:Town|City|Village|Colony|Nagar|Bazar|Bazaar|Estate|Heights|Gardens|Park|Square)$/;
/** Courtesy titles that also start a capitalised run: the cue-led reading handles them. */
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Mx|Miss|Mister|Mme|Mlle|Madame|Monsieur|Herr|Frau|Sra|Srta|Señor|Señora|Signor|Signora|Sister|Brother|Alhaji|Alhaja|Hajia|Hajiya|Hajja|Hajji|Haji|Sheikh|Mallam|Malam|Mzee|Mevrouw|Meneer|Pak|Bu|Ibu|Bapak|Pan|Pani)$/;
const isAllCaps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
const isSurnameFirst = (w: string) => {
  const key = nameKey(w);
  return SURNAME_FIRST.has(key) || hasJapaneseFamilyShape(key);
};
const isGivenAfterSurnameFirst = (w: string) => !isAllCaps(w) && (isFirstName(w) || isSyllabicGivenName(w));

/**
 * How surely recognised tokens form a person's name. "strong": both the given and the family part
 * are recognised ("Giuseppe Esposito", "Nguyen Van An", "DUPONT Marie", "Sato Haruto"); "weak":
 * one part is ("Carl Sagan"); null: neither.
 */
function nameStrength(tokens: Token[]): "strong" | "weak" | null {
  const words = tokens.map((t) => t.word);
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const rest = words.slice(1);
  if (isSurnameFirst(first) && rest.every(isGivenAfterSurnameFirst)) {
    return SURNAME_FIRST_PLACES.test(nameKey(words.join(" "))) ? null : "strong";
  }
  if (words.length === 2 && isSurnameFirst(last) && !isAllCaps(last) && isGivenAfterSurnameFirst(first)) return "strong";
  // An all-caps first word is the family name ("DUPONT Marie"; not "ADA Standards").
  const given = isAllCaps(first) ? isFirstName(rest[0] ?? "") : isFirstName(first);
  const family = isRecognised(isAllCaps(first) ? first : last);
  if (given && family) return "strong";
  // "Uploaded Okafor_...", "Reading Oliver Sacks": a verb form starting a sentence, not a given name.
  if (!given && /(?:ed|ing|ly)$/.test(first)) return null;
  return given || family ? "weak" : null;
}

/**
 * "Chukwuemeka Obi-Nwosu (everyone calls him Emeka)", "Aleyamma Kurian — everyone calls her Kunju —",
 * "Younghee Oh (Oh Young-hee on Korean docs)", "Vinh Le (he writes it the western way on his
 * forms)": an aside about what the person is called or how the name is written makes the words
 * before it a person's name.
 */
const ALIAS_AFTER =
  /^[ \t]{0,2}(?:\(|[-–—,][ \t]{0,2}|as[ \t]+(?=(?:everyone|everybody|all|the|we|they|his|her|their)\b))[^()\n]{0,40}?\b(?:calls? (?:him|her|them)|knows? (?:him|her|them)|goes by|known as|aka|a\.k\.a\.|nicknamed|detta|detto|dite|genannt|llamad[ao]|chamad[ao]|(?:English|Chinese|Korean|Western|legal|preferred|maiden|real) name|writes (?:it|his|her)|spell[st]? (?:it|his|her)|on (?:(?:the|his|her|their) )?(?:[A-Za-z]{2,10} )?(?:list|register|passport|ID|card|docs|documents|papers|forms))\b/i;

/** True when `start` opens a parenthesis ("(", "(reads ") or a dash right after a blocked name. */
const restatesBlockedName = (text: string, start: number, out: RawFinding[]) =>
  /(?:\((?:reads )?|[ \t][-–—][ \t])$/.test(text.slice(Math.max(0, start - 7), start)) &&
  out.some((f) => f.level === "block" && f.end < start && /^(?:[ "”']{0,2}\((?:reads )?|["”']?[ \t]{1,2}[-–—][ \t]{1,2})$/.test(text.slice(f.end, start)));

function detectUncuedNames(text: string, out: RawFinding[]): void {
  NAME_RUN.lastIndex = 0;
  for (;;) {
    const m = NAME_RUN.exec(text);
    if (!m) return;
    if (COMMON_WORDS.has(m[0].toLowerCase()) || !startsWord(text, m.index, ".’'-")) continue;
    const tokens = readRun(text, m.index);
    // Trailing all-caps words that no list or shape knows are not part of a name ("Maria Lopez
    // HTN"); an all-caps first word must be recognised ("CT Chest", "ICU Course").
    // A family name in capitals after capitalised given names stays when an age or a birth date
    // follows it: "Elif Su KARAKAYA, 3 J.", "Ana Lucía PEREIRA (52)".
    let capsFamilyAged = false;
    while (tokens.length > 0 && isAllCaps(tokens[tokens.length - 1]?.word ?? "") && !isRecognised(tokens[tokens.length - 1]?.word ?? "")) {
      const last = tokens[tokens.length - 1];
      const given = tokens[tokens.length - 2];
      capsFamilyAged = !!last && !!given && last.word.length >= 4 && !isAllCaps(given.word) && AGE_OR_DOB_AFTER.test(text.slice(last.end, last.end + 14));
      if (capsFamilyAged) break;
      tokens.pop();
    }
    // "Reading Carl Sagan", "Señora José Núñez": a verb form or a title is not the name's start.
    while (tokens.length > 2 && (TITLE_WORD.test(tokens[0]?.word ?? "") || (/(?:ed|ing|ly)$/.test(tokens[0]?.word ?? "") && !isRecognised(tokens[0]?.word ?? "")))) {
      tokens.shift();
    }
    const head = tokens[0];
    const tail = tokens[tokens.length - 1];
    // "Glasgow Coma Scale 14": a named scale or disease, not a person.
    if (tokens.length < 2 || !head || !tail || PLACE_PREFIX.test(head.word) || PLACE_SUFFIX.test(tail.word) || EPONYM_HEAD_AFTER.test(` ${tail.word}`)) continue;
    // "in his Ford Ranger", "a 2014 Honda Civic": a vehicle's make and model, not a person.
    if (VEHICLE_MAKE.test(head.word) && VEHICLE_LEAD.test(text.slice(Math.max(0, head.start - 24), head.start))) continue;
    NAME_RUN.lastIndex = tail.end;
    let end = tail.end;
    const suffix = stickyAt(SUFFIX, text, end);
    if (suffix) end += suffix.length;
    const before = text.slice(Math.max(0, head.start - 12), head.start);
    const after = text.slice(end, end + 60);
    // '"Bubba" - Lonnie Ray Pruitt -': a dash after a blocked name restates it, not a signature.
    const restated = restatesBlockedName(text, head.start, out);
    // A dash after a relative or the patient names them ("his wife turned up — Sunita Pawar"); a
    // dash elsewhere signs a message.
    const lead80 = text.slice(Math.max(0, head.start - 80), head.start);
    // Cheap tests first: both cues end in a dash, a colon, a comma or a bracket right before the name.
    const leadEnd = /[—–:,(][ \t]{0,2}$/.exec(lead80)?.[0].charAt(0);
    const namedAfterDash = (leadEnd === "—" || leadEnd === "–" || leadEnd === ":") && PERSON_THEN_DASH.test(lead80);
    if ((isProviderBefore(before) && !restated && !namedAfterDash) || CREDENTIAL_AFTER.test(after) || CITATION_AFTER.test(after) || EPONYM_HEAD_AFTER.test(after)) continue;
    const strength = nameStrength(tokens);
    const mixedCase = tokens.some((t) => isAllCaps(t.word));
    const span: NameSpan = { start: head.start, end, words: tokens.map((t) => t.word) };
    // An age, "(my patient)" or "admitted ..." before: a patient, as before the lists (capitalised
    // words only: "CT Chest, 45" is not a name).
    const aged = AGE_OR_DOB_AFTER.test(after) || PATIENT_AFTER.test(after) || PATIENT_VERB_BEFORE.test(before) || OCCUPATION_AFTER.test(after) || HONORIFIC_AFTER.test(after);
    const wideBefore = text.slice(Math.max(0, head.start - 40), head.start);
    // An identifier right after is the named person's: it blocks capitalised pairs no list knows
    // ("Jack Conroy (CRN 452 531 700X)"), like an age.
    const recorded = idAfter(after) && !ID_NOUN.test(tail.word);
    // "Card SSS411515, Jarrod Anagnostou": an identifier in apposition before the pair is its
    // owner's; after a colon it may head a finding ("(Auftragsnummer 5894957053): Korbhenkelriss").
    // "a 19yo student, Zara Begum, in A&E", "an elderly woman (Edith Crane)": a person described,
    // then named in apposition.
    const describedBefore = namedAfterDash || ((leadEnd === "," || leadEnd === "(") && INITIALS_APPOSITION_BEFORE.test(lead80));
    const idBefore = ID_BEFORE.exec(wideBefore);
    const recordedBefore = idBefore !== null && !/:[ \t]*$/.test(idBefore[0]);
    const predicate =
      recorded ||
      CLINICAL_PREDICATE_AFTER.test(after) ||
      DIAGNOSIS_AFTER.test(after) ||
      RELATIVE_AFTER.test(after) ||
      KIN_AFTER.test(after) ||
      idBefore !== null ||
      ABOUT_BEFORE.test(before);
    // "Talia Sauerland's overpayment", "Tracey Okoro's bloods": records belong to a person.
    const owner = POSSESSED_RECORD.test(after);
    // "Tran Van Nam ("Tony" at the salon)": the nickname is a name too.
    const nickname = NICKNAME_AFTER.exec(after);
    if (nickname && !FAMOUS_CASES.test(text.slice(head.start, end))) {
      const start = end + nickname[0].length - 1;
      const word = stickyAt(CAP_WORD, text, start);
      if (word) push(out, { start, end: start + word.length, words: [word] }, "block", 70, text);
    }
    // "| BLACKWOOD Stavroula | 29/610821 |": a family name in capitals before a given name is the
    // registry's format; with a record number it is enough.
    const registry = isAllCaps(head.word) && head.word.length >= 3 && !isAllCaps(tokens[1]?.word ?? "");
    // "Don Pepe (José Koenig)", "윤미경 (Yoon Mi-kyung)": a full name or a reading in parentheses
    // right after a blocked name is the same person's.
    const renamed = restated || ALIAS_AFTER.test(after);
    // A clinical predicate ("Hōhepa Tāwhai passed away at home", "... was admitted") or a record's
    // noun before ("the note header for Dwayne Hollister") makes a capitalised pair a person, listed
    // or not.
    const clinical = !mixedCase && (PATIENT_EVENT_AFTER.test(after) || RECORD_FOR_BEFORE.test(wideBefore));
    // "ED Hà Nội: motorbike 29-B1 ...", "antivenom from IVAC Nha Trang, 2-3 vials": a city (after
    // an all-caps institution) is not a person, whatever follows it.
    const placeWords = tokens
      .filter((t, i) => !(i === 0 && isAllCaps(t.word)))
      .map((t) => t.word)
      .join(" ");
    if (SURNAME_FIRST_PLACES.test(nameKey(placeWords)) || isListedCity(placeWords, "cities")) continue;
    if (
      renamed ||
      clinical ||
      capsFamilyAged ||
      ((aged || owner || recorded || recordedBefore || describedBefore) && (strength || !mixedCase || (recorded && registry))) ||
      (nickname && !FAMOUS_CASES.test(text.slice(head.start, end))) ||
      (predicate && strength) ||
      (strength === "strong" && mixedCase)
    ) {
      push(out, span, "block", 70, text);
    } else if (strength || predicate) {
      push(out, span, "warn", 30, text);
    }
  }
}

/**
 * "his wife turned up — Sunita Pawar,", "the patient: Ana Lima", "Om Ahmed — Zeinab Hassanein —": a
 * relative or the patient mentioned, then named after a dash or a colon in the same sentence.
 */
const PERSON_THEN_DASH = new RegExp(
  `\\b(?:${RELATIVE_WORD}|pt|patient|client|mum|mom|mother|father|dad|Om [A-Z][a-z]+)\\b[^.!?\\n]{0,50}[—–][ \\t]*$|\\b(?:pt|patient|client)[ \\t]*:[ \\t]*$`,
);

/** Two or three initials standing alone: "J.K.", "M. T.". */
const LONE_INITIALS = new RegExp(`[${UPPER}]\\.[ ]?[${UPPER}]\\.(?:[ ]?[${UPPER}]\\.)?(?![${LETTER}0-9])`, "g");
/** Degrees, countries, times and abbreviations written as initials. */
const NOT_PERSON_INITIALS = /^(?:MD|DO|RN|NP|PA|BS|BA|MS|MA|MR|CT|US|UK|EU|UN|DC|LA|NY|ER|ED|IV|PO|AM|PM|BC|AD|OD|OS|NB|PS|VS|IE|EG|GP|PT)$/;
/** "J.K., a retired welder", "M.T. (54)", "J.K., 61F": an apposition that describes a person. */
const INITIALS_APPOSITION_AFTER =
  /^(?:,[ \t]{0,2}(?:(?:a|an|aged?|our|my|this|who|now|retired)\b|\d{1,3}\b)|[ \t]{0,2}\((?:age[ \t]{0,2})?\d{1,3}\b|,?[ \t]{0,2}\d{1,3}[ \t]?(?:[MF]\b|y\/?o\b|yrs?\b|-year))/i;
/** "a 54-year-old teacher, M.T.,", "an elderly man (J.K.)": a person, then the initials. */
const INITIALS_APPOSITION_BEFORE =
  /(?:\b\d{1,3}[- ]?(?:years?|yrs?|y)[- ]old|\b\d{1,3} ?(?:yo|y\/o)|\b(?:man|woman|male|female|boy|girl|gentleman|lady))\b[^.!?\n]{0,40}[,(][ \t]{0,2}$/i;

function detectInitialsApposition(text: string, out: RawFinding[]): void {
  LONE_INITIALS.lastIndex = 0;
  for (const m of text.matchAll(LONE_INITIALS)) {
    if (!startsWord(text, m.index, "0123456789.")) continue;
    if (NOT_PERSON_INITIALS.test(m[0].replace(/[. ]/g, ""))) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (PROVIDER_BEFORE.test(before.slice(-12))) continue;
    if (INITIALS_APPOSITION_AFTER.test(after) || CLINICAL_PREDICATE_AFTER.test(after) || INITIALS_APPOSITION_BEFORE.test(before)) {
      push(out, { start: m.index, end, words: [] }, "block", 65, text);
    }
  }
}

/**
 * Forms that mark a person whatever the name: Japanese and Indian honorifics ("Yoshida-san",
 * "Pushti ji", "高橋恵子様"), a name in Chinese, Japanese or Korean script after "患者" / "환자" or in
 * parentheses after its romanised form ("LIU Fang (刘芳)", "in Hangul (박지훈)"), and a record's
 * "LAST, First" ("Seo, Hyun-woo (goes by ...)", "O'LOUGHLIN, Kylie (UR ...)", "Anding, R. GebDat").
 */
// Not "-sensei": a teacher's or a doctor's title ("Yamamoto-sensei taught me"), a colleague.
const HONORIFIC_MARK = /(?:-(?:san|sama|kun|chan|ssi|nim)| ji)(?![a-z])/g;
const HONORED = new RegExp(`([${UPPER}][${LOWER}]{1,20})$`);
const CJK_NAME =
  /(?:患者|病人|姓名|氏名|환자|이름|성명|孕妇|产妇|孕婦|產婦|老人|男孩|女孩|男童|女童|患儿|患兒|儿子|兒子|女儿|女兒|丈夫|妻子|母亲|母親|父亲|父親|爷爷|奶奶|外婆|外公)(?:名|명)?[:：]?[ \t]{0,2}(?:([\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF]{2,5}?)(?=[様さ氏，,、(（ \t:：」"”]|$)|(?=[A-Z]))|([\u4E00-\u9FFF]{1,3}[ 　]?[\u4E00-\u9FFF\u3040-\u30FF]{1,3})[ 　]?(?:様|さん|氏)|\(([\u4E00-\u9FFF\uAC00-\uD7AF]{1,3}(?:[ 　]?[\u4E00-\u9FFF\u3040-\u30FF\uAC00-\uD7AF]{1,3})?)\)|([\u4E00-\u9FFF\uAC00-\uD7AF]{2,4})[,，、][ \t]?(?:[男女][,，、])?\d{1,3}[ \t]?[岁歲歳세]|([\u4E00-\u9FFF]{1,3}[ 　]?[\u4E00-\u9FFF\u3040-\u30FF]{1,3})[ \t]?[(（](?:reads |read |romani[sz]ed |i\.e\. )?(?=\p{Lu})/gu;
const CJK_NOT_NAME = /^(?:男性?|女性?|患者|病人|老人|老?先生|할머니|할아버지|환자|番号|番號|号码|號碼|编号|編號|번호|登録番号|등록번호)$/;
const CJK_INSTITUTION_END = /(?:医院|病院|醫院|大学|大學|中心|诊所|診所|診療所|クリニック|センター|研究所|병원|의원|대학교?|센터|클리닉|보건소)$/;
/** Before a parenthesised CJK word: its romanised name, or words saying it is a name in a script. */
const CJK_NAME_BEFORE = /(?:\p{Lu}[\p{Ll}-]*[ \t]?|\b(?:Hangul|hanzi|kanji|characters|Chinese|Korean|Japanese|Mandarin)[ \t]?)$/u;
// Found from ", " and a capital, then read both ways: a forward scan would try every word.
const LAST_FIRST_MARK = new RegExp(`, (?=[${UPPER}])`, "g");
const LAST_OF = new RegExp(`((?:Mc|Mac|O['’]|D['’])?[${UPPER}][${LETTER}'’-]{1,25})$`);
// The given part: "Kylie", "Marie-Ève", "Hyun-woo", "Ana Beatriz" (two given names), "R.". Group 2:
// a verb after it ("Brennan, Megan is an ICU nurse"), which needs both parts listed.
const FIRST_OF = new RegExp(
  `([${UPPER}][${LOWER}]{1,20}(?:-[${UPPER}]?[${LOWER}]{1,20})?(?: [${UPPER}][${LOWER}]{2,20})?(?: [${UPPER}]\\.)?|[${UPPER}]\\.)(?:(?=[ \\t]{0,2}(?:\\(|,|;|\\||\\n|$|(?:DOB|D\\.O\\.B|GebDat|geb\\.?|née?|MRN|UR|NHS)\\b|\\d{1,3}[ \\t]?(?:[MF]|y\\/?o|yrs?)\\b))|(?=[ \\t](is|was|has|had)\\b))`,
  "y",
);

/** "AP d.o.b 14/12/51", "darrion grant dob 7/14/55": initials or lower-case words before a birth date. */
const DOB_MARK = /\b(?:d\.?o\.?b|DOB)\b/g;
const BEFORE_DOB = /\b(?:([A-Z]{2,3})|([a-z]{3,15} [a-z]{3,20})),?[ \t]{1,2}$/;

function detectMarkedNames(text: string, out: RawFinding[]): void {
  DOB_MARK.lastIndex = 0;
  for (const mark of text.matchAll(DOB_MARK)) {
    const from = Math.max(0, mark.index - 40);
    const m = BEFORE_DOB.exec(text.slice(from, mark.index));
    if (!m) continue;
    const words = (m[1] ?? m[2] ?? "").split(" ");
    if (words.some((w) => COMMON_WORDS.has(w.toLowerCase()) || isNeverAName(w) || isRelativeWord(w))) continue;
    // Lower-case words need a list's support: "darrion grant dob", not "verify correct dob".
    if (m[2] && !words.some(isKnownName)) continue;
    const start = from + m.index;
    if (!startsWord(text, start)) continue;
    push(out, { start, end: start + words.join(" ").length, words: m[2] ? words : [] }, "block", 65, text);
  }
  HONORIFIC_MARK.lastIndex = 0;
  for (const mark of text.matchAll(HONORIFIC_MARK)) {
    const at = mark.index;
    const word = HONORED.exec(text.slice(Math.max(0, at - 22), at))?.[1] ?? "";
    const start = at - word.length;
    if (!word || !startsWord(text, start) || isNeverAName(word) || PROVIDER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    push(out, { start, end: at, words: [word] }, "block", 70, text);
  }
  CJK_NAME.lastIndex = 0;
  // Every match opens with a CJK or Hangul word (a text without one skips the u-flag pass).
  for (const m of hasCjk(text) ? text.matchAll(CJK_NAME) : []) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "";
    const end = m.index + m[0].length;
    // "氏名: Yoshida Kazuo", "성명: Choi Dong-hyun": a form's name label before a romanised name.
    if (name === "") {
      if (/[名명]|이름/.test(m[0])) push(out, readName(text, end, "form", strictCommon), "block", 80, text);
      continue;
    }
    // "男性, 93岁", "할머니, 93세": a sex or a kinship word before an age, not a name.
    // "患者番号 1234": a label's word after "患者", not a name.
    if ((m[4] !== undefined || m[1] !== undefined) && CJK_NOT_NAME.test(name)) continue;
    // "北京协和医院", "서울대병원", "大阪大学": an institution, by its last characters.
    if (CJK_INSTITUTION_END.test(name)) continue;
    if (m[3] !== undefined && !CJK_NAME_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "石川 トミ (reads Ishikawa Tomi)": the script's name, then its reading, which must be a name.
    if (m[5] !== undefined && nameStrength(readRun(text, end)) !== "strong") continue;
    const start = m.index + m[0].indexOf(name);
    push(out, { start, end: start + name.length, words: [] }, "block", 70, text);
  }
  LAST_FIRST_MARK.lastIndex = 0;
  for (const mark of text.matchAll(LAST_FIRST_MARK)) {
    const last = LAST_OF.exec(text.slice(Math.max(0, mark.index - 28), mark.index))?.[1] ?? "";
    const start = mark.index - last.length;
    FIRST_OF.lastIndex = mark.index + 2;
    const givenMatch = FIRST_OF.exec(text);
    const firstNames = givenMatch?.[1] ?? "";
    const first = firstNames.split(" ")[0] ?? "";
    if (!last || !first || !startsWord(text, start, ".’'-")) continue;
    // "GALLARDO, Erlinda P.": a middle initial ends the given part.
    const givenWords = firstNames.split(" ").filter((w) => !w.endsWith("."));
    if (givenMatch?.[2] !== undefined && !(listedIn(SURNAMES, last) && firstNames.split(" ").every(isFirstName))) continue;
    const end = mark.index + 2 + firstNames.length;
    const after = text.slice(end, end + 30);
    // An age or a birth date after it makes "BADILLO, Virginia" a record, place or not.
    const aged = AGE_OR_DOB_AFTER.test(after);
    const strict = aged ? strictCommon : strictWeak;
    if (strict(last) || givenWords.some(strict) || CITATION_AFTER.test(after) || /et al/.test(after)) continue;
    const initial = first.length === 2;
    // "Smith, J." is also how papers are cited: an initial needs a birth date or record after it.
    if (initial && !aged) continue;
    // "O'LOUGHLIN, Kylie": a family name in capitals is the record's; "Anding, R. GebDat": an
    // initial with a birth date is a record's too.
    // A family name in capitals needs four letters or a list's support: "SUS, Unimed" are payers.
    const capsFamily = isAllCaps(last) && (last.length >= 4 || isRecognised(last));
    const family = isRecognised(last) || capsFamily || initial;
    // "O'Driscoll, Peadar, NHS 799 163 1192": an identifier or an age after a recognised family
    // name makes the record's given name whatever it is.
    const recorded = (aged || idAfter(after)) && isRecognised(last);
    const given = initial || capsFamily || recorded || isFirstName(first) || (isSurnameFirst(last) && isSyllabicGivenName(first));
    if (family && given) push(out, { start, end, words: [last, first] }, "block", 70, text);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** At most this many distinct words are propagated; a post never names hundreds of people. */
const MAX_PROPAGATED_WORDS = 200;

/** Later mentions of a blocked name: "Naomi Feld, 41 ... Naomi asked about surgery". */
function propagate(text: string, out: RawFinding[]): void {
  const words = new Map<string, string>(); // lower-case -> spelling as found
  for (const f of out) {
    if (f.level !== "block") continue;
    for (const w of text.slice(f.start, f.end).split(/[\s,]+/)) {
      const unowned = withoutPossessive(w);
      const bare = unowned.endsWith(".") ? unowned.slice(0, -1) : unowned;
      if (bare.length >= 3 && /^[\p{L}'’-]+$/u.test(bare) && !isNeverAName(bare) && !NOT_NAMES.has(bare.toLowerCase()) && !/^(?:Jr|Sr|II|III|IV)$/.test(bare)) {
        if (words.size < MAX_PROPAGATED_WORDS) words.set(bare.toLowerCase(), bare);
      }
    }
  }
  if (words.size === 0) return;
  // Exact spellings plus capitalised forms ("robert" -> "Robert"), matched case-sensitively: the
  // same or a capitalised spelling is the name again; a lower-case common word is not.
  const spellings = new Set<string>();
  for (const w of words.values()) {
    spellings.add(w);
    spellings.add(w.charAt(0).toUpperCase() + w.slice(1));
  }
  // A spelling is found where it fills a whole run of Latin letters, apostrophes and hyphens.
  // When every spelling is made of those characters, that is one run lookup per word of the post
  // (a loop over char codes, no per-post regex to compile); otherwise the regex, which also finds
  // a spelling that holds other letters ("Nguyễn").
  if ([...spellings].every((w) => PROPAGATION_RUN_WORD.test(w))) {
    let maxLength = 0;
    for (const w of spellings) maxLength = Math.max(maxLength, w.length);
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && isPropagationRunChar(text.charCodeAt(i))) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0 && i - start >= 3 && i - start <= maxLength && spellings.has(text.slice(start, i))) {
        out.push({ category: "name", start, end: i, level: "block", priority: 60 });
      }
      start = -1;
    }
    return;
  }
  // Letters of Latin scripts spelled out instead of \p{L}, which would need the u flag.
  const letter = "A-Za-z\\u00C0-\\u024F'’-";
  const re = new RegExp(`(?<![${letter}])(?:${[...spellings].map(escapeRegExp).join("|")})(?![${letter}])`, "g");
  for (const m of text.matchAll(re)) {
    out.push({ category: "name", start: m.index, end: m.index + m[0].length, level: "block", priority: 60 });
  }
}

/** The characters of a propagation run: the class A-Za-z\u00C0-\u024F'’- of the regex below. */
function isPropagationRunChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019 || c === 45;
}
const PROPAGATION_RUN_WORD = /^[A-Za-z\u00C0-\u024F'’-]+$/;

/**
 * "1. NJOROGE M 316766/21 - ...", "OKAFOR C., 82": in a list line or a label, a family name in
 * capitals and an initial, then a record number, a dash or a comma. A line start (or a quote)
 * anchors it, so the scan is linear; abbreviations ("HEP B -") are common words and are skipped.
 */
const LIST_SURNAME_INITIAL = new RegExp(
  `(?:^|\\n|["“])[ \\t]{0,3}(?:\\d{1,3}[.)][ \\t]{1,3}|[-•*][ \\t]{1,3})?((?:[${UPPER}]{1,3}['’ ])?[${UPPER}][${UPPER}'’-]{2,20}[ \\t][A-Z]\\.?)(?=[ \\t]{1,3}(?:[A-Z]{0,3}\\d|[-–(])|,)`,
  "g",
);

function detectListSurnameInitial(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(LIST_SURNAME_INITIAL)) {
    const span = m[1] ?? "";
    const family = span.slice(0, span.search(/[ \t][A-Z]\.?$/));
    const last = family.split(/['’ ]/).pop() ?? "";
    // "HTN A", "TYPE B": a short or ordinary capitalised word is an abbreviation, not a family name.
    if (last.length < 4 && !isKnownName(last)) continue;
    if (isNeverAName(last) || isCommonWord(last.toLowerCase()) || DESIGNATED_NOUNS.has(last.toLowerCase())) continue;
    const start = (m.index ?? 0) + m[0].indexOf(span);
    // "1. SMITH J 2019-2021 - cohort …", "SMITH J (2020)": a year after the initial makes a citation.
    if (/^[ \t]{1,3}\(?(?:19|20)\d\d\b/.test(text.slice(start + span.length, start + span.length + 10))) continue;
    out.push({ category: "name", start, end: start + span.length, level: "block", priority: 70 });
  }
}

/**
 * Names a record layout places, with no cue word before them:
 * - an e-mail header's display name: "From: Eira Pugh <eira@...>" (the address follows the name);
 * - an age, a sex, then the name, as in ambulance handovers: "A - 88yo, male, Tomos Rees";
 * - a dictated line, all lower case: "seen today anwen rhys date of birth ...".
 */
const MAIL_HEADER = /(?:^|\n)(?:From|To|Cc|Von|An|De|À|Para|Da|A)[ \t]{0,2}:[ \t]{0,3}/g;
const AGE_SEX_THEN = new RegExp(
  `\\b(?:\\d{1,3}[ \\t]?(?:yo|y\\/o|yrs?|years?(?:[ \\t-]old)?)|[a-z]{3,7}ty(?:-[a-z]{3,5})?[ \\t-]years?[ \\t-]old),[ \\t]{0,2}(?:male|female|man|woman|[MF]),[ \\t]{1,2}(?=[${UPPER}])`,
  "gi",
);
/** The part of AGE_SEX_THEN after the age, found from its comma: the gate of the whole pattern. */
const SEX_BETWEEN_COMMAS = /,[ \t]{0,2}(?:male|female|man|woman|[MF]),[ \t]/i;
const DICTATED_BEFORE_DOB = /\b(?:seen|saw|reviewed|examined|patient|pt)(?:[ \t]today)?[ \t]{1,2}(?=[a-z\u00DF-\u00FF])/g;
const DOB_WORDS_AFTER = /^[ \t]{1,2}(?:date of birth|d\.?o\.?b\b|born\b)/i;

function detectLayoutNames(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(MAIL_HEADER)) {
    const pos = (m.index ?? 0) + m[0].length;
    const name = readName(text, pos, "cap", strictCommon);
    if (name && /^[ \t]{0,2}<[^\s<>@]{1,64}@/.test(text.slice(name.end, name.end + 70))) push(out, name, "block", 70, text);
  }
  for (const m of SEX_BETWEEN_COMMAS.test(text) ? text.matchAll(AGE_SEX_THEN) : []) {
    const name = readName(text, (m.index ?? 0) + m[0].length, "cap", strictWeak);
    // "female, Caucasian, ...": a lone word must be one a list or a shape knows.
    if (name && (name.words.length >= 2 || name.words.some(isRecognised))) push(out, name, "block", 70, text);
  }
  if (!/date of birth|d\.?o\.?b|born/i.test(text)) return;
  for (const m of text.matchAll(DICTATED_BEFORE_DOB)) {
    const lower = readName(text, (m.index ?? 0) + m[0].length, "lower", strictLower);
    if (!lower) continue;
    const two = firstTwo(lower);
    if (DOB_WORDS_AFTER.test(text.slice(two.end, two.end + 20))) push(out, two, "block", 70, text);
  }
}

/**
 * A Hangul or Han name in a post written in a Latin script: "documents say 윤상철", "Patient: 강미경
 * (KANG ...)". A short standalone run (2-4 characters, one optional space) is a person's name far
 * more often than anything else a doctor quotes; a post written in CJK is left to its own cues.
 */
const LONE_CJK_NAME =
  /(?<![\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF])[\u4E00-\u9FFF\uAC00-\uD7AF]{1,3}[ \u3000]?[\u4E00-\u9FFF\uAC00-\uD7AF]{1,2}(?![\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF])/g;
const LONE_CJK_BEFORE =
  /(?:\b(?:says?|said|reads?|wrote|writes|signed|spelled|spelt)|\b(?:patient|pt|name|client|mother|father|son|daughter|wife|husband)[ \t]{0,2}[:：])[ \t]{1,2}$/i;
const CJK_ANY = /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g;
// An age with its sex or unit ("(58M)", ", 67 yo", "(F, 71)"), not a bare number ("二甲双胍 (500)").
const CJK_PERSON_AFTER = new RegExp(
  `^(?:[ \\t]{0,2}[(,][ \\t]{0,2}(?:\\d{1,3}[ \\t]?(?:[MF]|yo|y\\/o|yrs?|years?)|[MF],?[ \\t]?\\d{1,3})(?![\\p{L}\\d])|['’]s[ \\t]+(?:[a-z-]+[ \\t]+)?${RELATIVE_WORD}\\b)`,
  "u",
);

function detectCjkNames(text: string, out: RawFinding[]): void {
  const count = text.match(CJK_ANY)?.length ?? 0;
  if (count === 0 || count > 48) return;
  // A post mostly in Latin script: a quoted or labelled CJK word is a name. A post with more CJK
  // only through what follows the word (an age, a relative), which its own prose does not imitate.
  const latinPost = count <= 24 && count * 10 <= text.length;
  if (!latinPost && count * 4 > text.length) return;
  for (const m of text.matchAll(LONE_CJK_NAME)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (m[0].replace(/[ \u3000]/g, "").length > 4 || CJK_NOT_NAME.test(m[0]) || /^[ \t]?[:：]/.test(text.slice(end, end + 2))) continue;
    // Only where a person is quoted or labelled: "documents say 田中 勇", "Patient: 강미경".
    // Or a person by what follows: an age ("정민호 (58M)", "王芳, 67") or a relative ("刘伟's dad").
    if (!(latinPost && LONE_CJK_BEFORE.test(text.slice(Math.max(0, start - 24), start))) && !CJK_PERSON_AFTER.test(text.slice(end, end + 24))) continue;
    out.push({ category: "name", start, end: start + m[0].length, level: "block", priority: 65 });
  }
}

/**
 * A pasted table whose header has a name column ("Name,DOB,ID,Town" or tab-separated): each row's
 * cell under it is a person's name. Rows must split into the header's number of cells.
 */
const TABLE_HEADER = /(?:^|\n)([^\n]{0,200}(?:\t|,|\|)[^\n]{0,200})(?=\n)/g;
const NAME_COLUMN = /^(?:(?:patient|pt|full|client)[ _]?name|name|patient|nom|nombre|naam|nome|vorname|nachname|surname)$/i;
const CELL_NAME = /^\p{Lu}[\p{L}'’.-]{0,25}(?: [\p{L}'’.-]{1,25}){0,3}$/u;

/** A person's full name as a value cell: two to four capitalised words. */
const KEY_VALUE_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u;

function detectTableNames(text: string, out: RawFinding[]): void {
  if (!/(?:^|[\t,|\n])[ \t]{0,2}(?:[a-z ]{0,10}name|patient|nom|nombre|naam|nome)[ \t]{0,2}[\t,|]/im.test(text)) return;
  for (const m of text.matchAll(TABLE_HEADER)) {
    const header = m[1] ?? "";
    const sep = header.includes("\t") ? "\t" : header.includes("|") ? "|" : ",";
    const cells = header.split(sep).map((c) => c.trim());
    const col = cells.findIndex((c) => NAME_COLUMN.test(c));
    if (col < 0 || cells.length < 2) continue;
    // "Patient<TAB>Waqas Ahmed Khan" heads a pasted key-value sheet: the cell after the label is
    // the name, and the rows below hold other labels ("Lab No", "Contact"), not names.
    if (cells.length === 2 && col === 0 && KEY_VALUE_NAME.test(cells[1] ?? "") && !(cells[1] ?? "").split(" ").some((w) => isCommonWord(w))) continue;
    // "| Name | Schmidt-Rottluff, Hannelore |" under "| Feld | Wert |" is a key-value row, not a
    // header: a table row above it, and no "|---|" rule below.
    if (sep !== ",") {
      const headerStart = (m.index ?? 0) + m[0].length - header.length;
      const previous = text.slice(text.lastIndexOf("\n", headerStart - 2) + 1, Math.max(0, headerStart - 1));
      const next = text.slice(headerStart + header.length + 1, headerStart + header.length + 80).split("\n")[0] ?? "";
      if (headerStart > 0 && previous.includes(sep) && !/^[ \t|:-]+$/.test(next)) continue;
    }
    let lineStart = (m.index ?? 0) + m[0].length + 1;
    for (let row = 0; row < 30 && lineStart < text.length; row++) {
      const lineEnd = text.indexOf("\n", lineStart) === -1 ? text.length : text.indexOf("\n", lineStart);
      const rowCells = text.slice(lineStart, lineEnd).split(sep);
      if (rowCells.length < cells.length) break;
      let offset = lineStart;
      for (let i = 0; i < col; i++) offset += (rowCells[i] ?? "").length + 1;
      const raw = rowCells[col] ?? "";
      const cell = raw.trim();
      if (CELL_NAME.test(cell) && !isCommonWord(cell.toLowerCase()) && !/^-+$/.test(cell)) {
        const start = offset + raw.indexOf(cell);
        out.push({ category: "name", start, end: start + cell.length, level: "block", priority: 70 });
      }
      lineStart = lineEnd + 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Person slots: a bed after words ("w piper hane in bed 4", "a yasmin do leito 3"), "patient name
// somchai rattanapong", "patient is earl tubbs". The slot says a person fills it; the words say
// whether that person is named: a listed name, or two words that are neither common, clinical,
// person nouns ("the gent", "fella") nor shaped like English adjectives.

/** Person nouns and states that fill a person slot without naming anyone. */
const SLOT_NOUNS = new Set(
  "chap gent fella bloke lad lass granny nan mum dad dude guy man woman kid lady one thing pat senhora senhor idosa idoso moça rapaz menino menina criança dame mann herr frau old new same still now septic hypo delirium dementia stroke fall falls bloods lines drain cannula bus car train taxi foot plane boat bike tram ferry ambulance".split(
    " ",
  ),
);
/** Endings of disease words not in the lists ("sepsis", "cellulitis" is listed by shape already). */
const DISEASE_SHAPE = new RegExp(`^(?:${DIAGNOSIS.replace(/\\b$/, "")}|[a-z]+sis)$`, "i");
/** Determiners that make the words before a bed a noun phrase: "the septic gent in bed 4". */
const SLOT_DETERMINER = /^(?:the|this|that|these|those|an|our|my|your|his|her|their|each|every|which|any|some|el|der|die|das|den|le|les)$/i;

const listedSlotName = (w: string) => isLowerCaseName(w) || (/^\p{Lu}/u.test(w) && isRecognised(w));

function slotWord(w: string): boolean {
  const l = w.toLowerCase();
  if (!/^\p{L}[\p{L}'’-]{1,24}$/u.test(w) || isNeverAName(l) || NOT_NAMES.has(l) || SLOT_NOUNS.has(l)) return false;
  // Word shapes reject only what no list knows: "ahmed" ends like "confused".
  return listedSlotName(w) || !(ENGLISH_SUFFIX.test(l) || DISEASE_SHAPE.test(l));
}

/**
 * One or two words in a person slot name someone: a listed name, or two unlisted words of four
 * letters or more. After "patient is" (also "patient is wheelchair bound") a list must know one of
 * two words, even one that is also an English word ("earl tubbs").
 */
function slotName(words: readonly string[], listedPair = false): boolean {
  if (words.length === 0 || !words.every(slotWord)) return false;
  if (words.some(listedSlotName)) return true;
  if (words.length !== 2) return false;
  return listedPair ? words.some((w) => isKnownName(w.toLowerCase())) : words.every((w) => w.length >= 4);
}

/** A bed, bay or room with its number, after a space: "in bed 4", "do leito 3", "zi 7", "Bett 12". */
const BED_SLOT = /[ \t](?:(?:in|at|on|do|da|no|na|en|im|von|de la|del)[ \t])?(?:bed|bay|room|cubicle|leito|cama|lit|bett|zi|zimmer|letto|quarto|box)\.?[ \t]?\d{1,3}[a-z]?\b/gi;

function detectBedSlots(text: string, out: RawFinding[]): void {
  for (const m of text.matchAll(BED_SLOT)) {
    const end = m.index;
    const parts = text.slice(Math.max(0, end - 60), end).split(/[ \t]/);
    // The last line's words only, nearest last; a broken first word (cut at 60) is dropped.
    const nl = parts.findLastIndex((w) => w.includes("\n"));
    const words = parts.slice(nl === -1 ? 1 : nl + 1).filter((w) => w !== "");
    const last = words[words.length - 1] ?? "";
    const previous = words[words.length - 2] ?? "";
    const pair = [previous, last];
    const [name, before] = slotWord(previous) && slotName(pair) ? [pair, words[words.length - 3] ?? ""] : [[last], previous];
    if (!slotName(name) || SLOT_DETERMINER.test(before)) continue;
    const length = name.join(" ").length;
    if (text.slice(end - length, end) !== name.join(" ")) continue;
    push(out, { start: end - length, end, words: name }, "block", 70, text);
  }
}

/** ' (Ruksana)', ' ("Lingo")': one or two capitalised words alone in parentheses right after a name. */
const NAME_ASIDE = /^[ \t]?\([ \t]?["“‘']?(\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?)["”’']?[ \t]?\)/u;

/** "Mrs BEGUM (Ruksana)", "Wellington ("Lingo")": the given name or nickname beside a name found. */
function detectNameAsides(text: string, out: RawFinding[]): void {
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const f = out[i]!;
    if (f.level !== "block" || (text.charCodeAt(f.end) !== 32 && text.charCodeAt(f.end) !== 40)) continue;
    const m = NAME_ASIDE.exec(text.slice(f.end, f.end + 48));
    const words = m?.[1]?.split(" ") ?? [];
    if (!m || words.some((w) => strictWeak(w) || OCCUPATIONS.has(w.toLowerCase()) || isRelativeWord(w))) continue;
    const start = f.end + m[0].indexOf(m[1]!);
    push(out, { start, end: start + m[1]!.length, words }, "block", 65, text);
  }
}

/** A surname spelled out letter by letter: "K-A-M-I-N-S-K-I", when a list or a name's shape knows it (not "F-A-S-T"). */
const SPELLED = /(?<![\p{L}-])\p{Lu}(?:-\p{Lu}){3,24}(?![\p{L}-])/gu;

/**
 * What every match of SPELLED holds, without the u flag: "-", a letter, "-", a letter, "-" (a
 * letter is one or two code units, never a space, an ASCII digit or "-"). V8 runs SPELLED's \p{Lu}
 * slowly at every position, so a text without this skips it.
 */
const SPELLED_GATE = /-[^\s\d-]{1,2}-[^\s\d-]{1,2}-/;

/** Names spelled out letter by letter. */
function detectSpelledNames(text: string, out: RawFinding[]): void {
  if (!SPELLED_GATE.test(text)) return;
  for (const m of text.matchAll(SPELLED)) if (isRecognised(m[0].replace(/-/g, ""))) push(out, { start: m.index, end: m.index + m[0].length, words: [m[0]] }, "block", 65);
}

export const detectNames: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  runCues(text, CUES, { text, out });
  detectHeaders(text, out);
  detectInitials(text, out);
  detectListSurnameInitial(text, out);
  detectLayoutNames(text, out);
  detectCjkNames(text, out);
  detectTableNames(text, out);
  detectInitialsApposition(text, out);
  detectMarkedNames(text, out);
  detectUncuedNames(text, out);
  detectSingleNames(text, out);
  detectAliasAndArticleNames(text, out);
  detectFamilyAndPossessive(text, out);
  detectBedSlots(text, out);
  detectNameAsides(text, out);
  detectSpelledNames(text, out);
  propagate(text, out);
  const famous = famousWords(text);
  if (famous.size === 0) return out;
  return out.filter(
    (f) =>
      !text
        .slice(f.start, f.end)
        .split(/[\s,]+/)
        .every((w) => famous.has(w.replace(/['’]s$/, "").toLowerCase())),
  );
};
