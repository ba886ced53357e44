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
 * - a capitalised pair followed by an age or DOB: "Naomi Feld, 41";
 * - "Dr." only when the doctor is the patient: "Dr. Ines Varga (retired radiologist, now my pt)";
 * - every later occurrence of a blocked name's words ("Naomi asked about surgery").
 * Warn:
 * - a known first name followed by a capitalised word with no cue ("Carl Sagan");
 * - a capitalised word after a weak patient cue that no list recognises;
 * - one unlisted capitalised word that starts a sentence after a relation label ("Mother: Worried
 *   about ...", "Parent: Direct oral challenge?"): more often a sentence than a name.
 * Doctors ("Dr. Patel", "Karen Whitfield, MD") are providers, not patients, and are not reported.
 */
import { isCommonWord, isNeverAName, isPlaceholderName, DRUG_AND_DEVICE_BRANDS } from "../clinical-allowlist";
import { FIRST_NAMES } from "../lexicon/first-names";
import { SURNAMES } from "../lexicon/surnames";
import { COMMON_WORDS, ENGLISH_WORD_NAMES } from "../lexicon/common-words";
import { compileCues, LETTER, LOWER, runCues, UPPER } from "../context";
import type { Detector, RawFinding, ScanContext } from "../types";

interface NameSpan {
  start: number;
  end: number;
  /** The full-word tokens (initials excluded), for propagation and list checks. */
  words: string[];
}

// Sticky token readers (u flag: names carry accents, "José Núñez", "Müller").
// Inner capitals only after a known particle (McDonald, O'Malley, DeLuca), so "CrCl" or "HbA" are
// not names; the token must end at a word boundary.
const CAP_WORD =
  /(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)?\p{Lu}\p{Ll}{1,20}(?:-\p{Lu}\p{Ll}{1,20})?(?![\p{L}\p{N}])/uy;
const CAPS_WORD = /\p{Lu}{2,20}(?:['’-]\p{Lu}{2,20})?(?![\p{L}\p{N}])/uy;
const LOWER_WORD = /\p{Ll}{2,20}(?:-\p{Ll}{2,20})?(?![\p{L}\d])/uy;
const INITIALS = /\p{Lu}\.(?: ?\p{Lu}\.)?/uy;
const SUFFIX = /,? (?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}])/uy;
const PARTICLE =
  /(?:de la|de los|de las|van der|van den|von der|de|del|della|van|von|der|den|da|di|du|dos|das|le|bin|binti|ibn|al|el)[ \t](?=\p{Lu})/uy;
const POSSESSIVE = /['’]s$/;

function stickyAt(re: RegExp, text: string, pos: number): string | null {
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
      // Lower-case particles inside a name: "Juan de la Cruz", "Ludwig van Beethoven".
      if (words.length > 0) {
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
    const bare = tok.replace(POSSESSIVE, "");
    if (!isInitial) {
      if (strict(bare)) break;
      words.push(bare);
    }
    end = p + bare.length;
    if (bare.length !== tok.length) break; // a possessive ends the name: "Mrs. Lindqvist's pharmacy"
    p += tok.length;
    // Next separator: one space; or one ", " in form mode ("Pham, Thu Ha").
    if (isInitial && text.charAt(p) !== " " && /\p{Lu}/u.test(text.charAt(p))) continue; // "R.S.Iyer"
    if (text.charAt(p) === " " && text.charAt(p + 1) !== " ") {
      p += 1;
    } else if (mode === "form" && !usedComma && text.startsWith(", ", p) && text.charAt(p + 2) !== " ") {
      usedComma = true;
      p += 2;
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

/** Strong cues reject only function words, clinical words, months and weekdays. */
const strictCommon = (w: string) => isCommonWord(w);
/** Weak cues also reject eponyms, brands, institution words and places. */
const strictWeak = (w: string) => isNeverAName(w);

const isKnownName = (w: string) => {
  const l = w.toLowerCase();
  return (FIRST_NAMES.has(l) || SURNAMES.has(l)) && !COMMON_WORDS.has(l);
};

/**
 * A lower-case token read as a name. Lower case carries no sign of a name by itself, so the lexicon
 * must supply it: a listed first name or surname ("maria", "nguyen") that is not also an ordinary
 * English or clinical word ("frank", "lance", "colon", "stone", "ana").
 */
const isLowerCaseName = (w: string) => {
  const l = w.toLowerCase();
  return isKnownName(l) && !ENGLISH_WORD_NAMES.has(l) && !isNeverAName(l);
};
const isLowerCaseFirstName = (w: string) => FIRST_NAMES.has(w.toLowerCase()) && isLowerCaseName(w);

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
  if (text.slice(span.start, span.end) !== word || isKnownName(word)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  return /^[ \t]{1,2}\p{Ll}/u.test(text.slice(span.end, span.end + 4));
}

const TITLE = `(?<![${LETTER}])(?:Mr|Mrs|Ms|Mx|Miss|Mister|Mme|Mlle|Madame|Monsieur|Herr|Frau|Sra|Srta|Señor|Señora|Signor|Signora|MR\\.|MRS\\.|MS\\.)\\.?[ \\t]{1,4}`;
const DOCTOR = `(?<![${LETTER}])(?:Dr|Doctor|Prof|Professor)\\.?[ \\t]{1,4}`;
/**
 * "Dr. Ines Varga (retired radiologist, now my pt)", "Dr. Novak, retired internist and now
 * my patient", "Dr. Lee is my patient": an apposition that makes the doctor the patient. A gap with a
 * verb ("Dr. Jones, who referred my patient") describes a provider instead.
 */
const DOCTOR_IS_PATIENT_AFTER =
  /^\s{0,2}(?:[(,]|is\b|was\b)[^()\n.;]{0,60}?\b(?:my|our|a|the) (?:own )?(?:pt|patient)\b/i;
const PROVIDER_VERB =
  /\b(?:who|which|referred|refers|sent|saw|sees|seeing|asked|told|called|consulted|consults|treat\w*|manag\w*|follow\w*|admitted|operated|covering|covers|for|to|with|about|on)\b/i;
const DOCTOR_IS_PATIENT_BEFORE = /\b(?:pt|patient|my pt|my patient)(?: is| was|:)?\s*$/i;

// Case-insensitive patterns avoid the u flag: V8 runs /iu alternations several times slower.
const FORM_LABEL =
  /\b(?:(?:patient(?:'s)? name|pt name|name|full name|member name|mother's name|father's name)[ \t]{0,3}(?::|-|–|=)|(?:patient|pt|resident|client|insured|subscriber|guarantor|emergency contact|next of kin|NOK|spouse|parent|guardian|caregiver)[ \t]{0,3}:)[ \t]{0,3}/.source;

/** "Eze, Obinna | MR# ..." at a line start or after "handoff:" / "|": a record header. */
const HEADER_LINE = new RegExp(
  `(?:^|[:|][ \\t]{0,3})[ \\t]{0,4}([${UPPER}][${LETTER}'’-]{1,25}), ([${UPPER}][${LETTER}'’-]{1,25})(?: [${UPPER}]\\.?)?(?=[ \\t]*(?:\\||\\t| {2}|;| [-–] |\\(|$))`,
  "gm",
);

const RELATIVE =
  /\b(?:wife|husband|spouse|partner|son|daughter|sister|brother|mother|mom|mum|mommy|mama|father|dad|daddy|papa|parent|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|grandma|grandfather|grandpa|granny|stepson|stepdaughter|stepmother|stepfather|stepmom|stepdad|fianc[eé]e?|girlfriend|boyfriend|roommate|neighbou?r|friend|caregiver|carer|guardian|boss|employer|landlord|sibling|twin|widow|widower|ex-wife|ex-husband|son-in-law|daughter-in-law|mother-in-law|father-in-law|brother-in-law|sister-in-law)(?:['’]s)?(?:[ \t]{0,3}[,:(][ \t]{0,3}|[ \t]{1,3})(?:(?:named|called|is|was)[ \t]{1,3})?/.source;

/** "patient named", "the driver's name (", "goes by": the next words are a name. */
const NAMED_CUE =
  /\b(?:named|nicknamed|goes by|known as|(?:pt|patient|client)(?:['’]s)?[ \t]+name[ \t]+(?:is|was)|(?:his|her|their|the|whose|patient's|pt's|driver's|victim's|mother's|father's)[ \t]+(?:full[ \t]+|first[ \t]+|last[ \t]+)?name(?:[ \t]+(?:is|was))?[ \t]*[:(]?|name[ \t]+(?:is|was))[ \t]*['"“‘]?/.source;
/** "pt is Naomi Feld", "patient was ...": usually a name, but also "pt is Hispanic", "pt is DNR". */
const PT_IS_CUE = /\b(?:pt|patient|client|resident)[ \t]{1,3}(?:is|was|called|as)[ \t]{1,3}['"“‘]?/.source;
/** "pt Daniel Park", "patient T. Okoro": a name may follow directly. */
const WEAK_PATIENT_CUE = /\b(?:pt|patient|client|resident),?[ \t]{1,3}\(?/.source;
/** "the Nguyen family", "Baby girl Okoro": a family name without a title. */
const FAMILY_CUE = /\b(?:baby (?:boy|girl)|twin [AB])[ \t]{1,3}/.source;
/** "this is Gwen from the clinic", "my name is ...": needs a known first name. */
const SELF_INTRO = /\b(?:this is|I'm|I am|my name is|it's|it is)[ \t]{1,3}/.source;

const INITIALS_SURNAME = new RegExp(
  `(?<![${LETTER}0-9./])[${UPPER}]\\.[ \\t]?(?:[${UPPER}]\\.[ \\t]?)?(?=[${UPPER}][${LOWER}])`,
  "g",
);
const SPECIES =
  /^(?:coli|diff|difficile|aureus|epidermidis|pylori|pneumoniae|pneumonia|influenzae|faecalis|faecium|aeruginosa|albicans|glabrata|auris|marcescens|cloacae|mirabilis|typhi|jirovecii|gallolyticus|bovis|pyogenes|agalactiae|viridans|lugdunensis|burgdorferi|trachomatis|gonorrhoeae|pallidum|tuberculosis|avium|fumigatus|neoformans|vivax|falciparum|vulgaris|maltophilia|baumannii|perfringens|botulinum|tetani|anthracis|monocytogenes|jejuni|fragilis|acnes|canis|capitis|pedis|cruris|corporis|versicolor)$/i;

// Not inside a word or a hyphenated/apostrophised name, but a quote before the name is fine.
const CAPITAL_PAIR = new RegExp(
  `(?<![${LETTER}.’-])(?<![${LETTER}]')([${UPPER}][${LOWER}]{1,20})[ \\t](?=[${UPPER}][${LOWER}])`,
  "g",
);
const AGE_OR_DOB_AFTER = /^,?[ \t]*(?:(?:an?|the)[ \t]\d{1,3}[- ]?(?:year|yr|yo\b|y\/o|month)|\(?(?:age|aged)[ \t:]{1,2}\d{1,3}\b|\(?\d{1,3}[ \t]?(?:[MF](?![\p{L}])|y\/?o\b|yo\b|yrs?\b|years?\b|-year)|\d{1,3}(?=[,)])|\(\d{1,3}[ \t]?[MF]?\)|\(?DOB\b)/u;
/** "John Smith (our patient)", "Jane Roe, my pt,": the pair is the patient. */
const PATIENT_AFTER = /^\s?[(,]\s?(?:our|my|the|a|this) (?:pt|patient)\b/i;
/** "admitted Sarah Jenkins", "spoke with Omar Haddad": a clinical verb right before the pair. */
const PATIENT_VERB_BEFORE =
  /\b(?:admitted|admitting|saw|seeing|examined|treating|treated|discharged|transferred|intubated|consented|visited|phoned|emailed|texted|met with|spoke (?:with|to)|talked (?:with|to)|referred)\s$/i;
const PROVIDER_BEFORE = /(?:\b(?:Dr|Doctor|Prof|Professor|Nurse|NP|PA|RN|attending|resident|fellow|colleague|Drs)\.?[ \t]*|[-–—][ \t]*)$/;
const CREDENTIAL_AFTER = /^,?[ \t]*(?:MD|DO|MBBS|MBChB|RN|NP|PA-C|PA|PhD|PharmD|FACP|FRCP|FACC|DNP|APRN|CNM|FNP|MPH|MSc|MS)\b/;
const CITATION_AFTER = /^[ \t]*(?:et al|and colleagues|\(\d{4}\)|,? \d{4}\b)/;

function push(out: RawFinding[], span: NameSpan | null, level: "block" | "warn", priority: number): void {
  if (span) out.push({ category: "name", start: span.start, end: span.end, level, priority });
}

interface CueState {
  text: string;
  out: RawFinding[];
}

function onTitle(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "title", strictCommon);
  if (!span) return;
  if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
  push(out, span, "block", 85);
}

function onDoctor(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "cap", strictCommon);
  if (!span) return;
  const after = text.slice(span.end, span.end + 90);
  const before = text.slice(Math.max(0, m.index - 20), m.index);
  const apposition = DOCTOR_IS_PATIENT_AFTER.exec(after);
  const gap = apposition ? apposition[0].replace(/(?:my|our|a|the) (?:own )?(?:pt|patient)$/i, "") : "";
  if ((apposition && !PROVIDER_VERB.test(gap)) || DOCTOR_IS_PATIENT_BEFORE.test(before)) push(out, span, "block", 80);
}

function onFormLabel(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  // "Name:" is always followed by a name; "Patient:" may be followed by a description
  // ("Patient: Noncompliant"), so a single unknown word there only warns.
  const explicitName = /name/i.test(m[0]);
  const nameLabel = explicitName || /insured|subscriber|guarantor|contact|kin|NOK|spouse|parent|guardian|caregiver/i.test(m[0]);
  const span = readName(text, pos, "form", strictCommon);
  if (span) {
    if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
    const sure = nameLabel || span.words.length >= 2 || span.words.some(isKnownName);
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
    push(out, { start: lower.start, end: lower.start + words.join(" ").length, words }, "warn", 25);
  }
}

function detectHeaders(text: string, out: RawFinding[]): void {
  HEADER_LINE.lastIndex = 0;
  for (const m of text.matchAll(HEADER_LINE)) {
    const lead = /^[:|]?[ \t]*/.exec(m[0])?.[0].length ?? 0;
    const start = m.index + lead;
    const last = m[1] ?? "";
    const first = m[2] ?? "";
    if (strictWeak(last) || strictWeak(first)) continue;
    // "Hypertension, Diabetes" heads a problem list too: a header needs a known name or record
    // data right after it ("| MR# ...", "DOB ...", a number).
    const end = m.index + m[0].length;
    const recordAfter = /^[ \t]*(?:\||\t| {2,})[^\n]{0,24}(?:MRN|MR#|MR ?no|DOB|FIN|acct|\d{4,})/i.test(text.slice(end, end + 40));
    if (!recordAfter && !isKnownName(last) && !isKnownName(first)) continue;
    push(out, { start, end: m.index + m[0].length, words: [last, first] }, "block", 70);
  }
}

function onRelative(m: RegExpExecArray, { text, out }: CueState): void {
  const pos = m.index + m[0].length;
  const span = readName(text, pos, "cap", (w) => isCommonWord(w) || DRUG_AND_DEVICE_BRANDS.has(w.toLowerCase()));
  if (!span) return;
  if (span.words.length === 1 && isPlaceholderName(span.words[0] ?? "")) return;
  // "Mother: Worried about anaphylaxis": after a label-style colon, a sentence only warns.
  if (m[0].includes(":") && startsSentenceAfterLabel(text, span)) {
    push(out, span, "warn", 25);
    return;
  }
  push(out, span, "block", 80);
}

function onNamed(m: RegExpExecArray, { text, out }: CueState): void {
  {
    const pos = m.index + m[0].length;
    const cap = readName(text, pos, "cap", strictWeak);
    if (cap) {
      if (!(cap.words.length === 1 && isPlaceholderName(cap.words[0] ?? ""))) push(out, cap, "block", 75);
      return;
    }
    const lower = readName(text, pos, "lower", (w) => COMMON_WORDS.has(w) || isNeverAName(w));
    if (lower && (isLowerCaseName(lower.words[0] ?? "") || AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 12)))) {
      push(out, lower, "block", 70);
    }
  }
}

function onPtIs(m: RegExpExecArray, { text, out }: CueState): void {
  {
    const pos = m.index + m[0].length;
    const cap = readName(text, pos, "cap", strictWeak);
    if (cap) {
      const first = cap.words[0] ?? "";
      if (cap.words.length === 1 && isPlaceholderName(first)) return;
      const sure =
        cap.words.length >= 2 || cap.words.some(isKnownName) || AGE_OR_DOB_AFTER.test(text.slice(cap.end, cap.end + 12));
      push(out, cap, sure ? "block" : "warn", sure ? 75 : 25);
      return;
    }
    const lower = readName(text, pos, "lower", (w) => COMMON_WORDS.has(w) || isNeverAName(w));
    if (lower && (isLowerCaseName(lower.words[0] ?? "") || AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 12)))) {
      const twoWords = lower.words.slice(0, 2);
      push(out, { start: pos, end: pos + twoWords.join(" ").length, words: twoWords }, "block", 70);
    }
  }
}

function onFamily(m: RegExpExecArray, { text, out }: CueState): void {
  const span = readName(text, m.index + m[0].length, "title", strictWeak);
  if (span && !(span.words.length === 1 && isPlaceholderName(span.words[0] ?? ""))) push(out, span, "block", 75);
}

function onWeakPatient(m: RegExpExecArray, { text, out }: CueState): void {
  {
    const pos = m.index + m[0].length;
    // All-caps after a cue ("pt JOHN SMITH") counts only when a word is a known name: "pt DNR"
    // or "pt HTN DM" are not names.
    const caps = readName(text, pos, "title", strictWeak);
    if (caps && /^[A-Z]{2}/.test(text.slice(pos, pos + 2)) && caps.words.some(isKnownName)) {
      push(out, caps, "block", 70);
      return;
    }
    const cap = readName(text, pos, "cap", strictWeak);
    if (cap) {
      const first = cap.words[0] ?? "";
      if (cap.words.length === 1 && isPlaceholderName(first)) return;
      const initials = /^\p{Lu}\./u.test(text.slice(pos, pos + 2));
      const known = isKnownName(first) || initials;
      const aged = AGE_OR_DOB_AFTER.test(text.slice(cap.end, cap.end + 12));
      push(out, cap, known || aged ? "block" : "warn", known || aged ? 70 : 25);
      return;
    }
    const lower = readName(text, pos, "lower", (w) => COMMON_WORDS.has(w) || isNeverAName(w));
    if (!lower) return;
    const first = lower.words[0] ?? "";
    const aged = AGE_OR_DOB_AFTER.test(text.slice(lower.end, lower.end + 12));
    if (isLowerCaseFirstName(first) || aged) {
      // Only the first name and an optional surname: "pt daniel park wants ..." -> "daniel park".
      const twoWords = lower.words.slice(0, 2);
      let end = pos + (twoWords[0]?.length ?? 0);
      if (twoWords.length === 2) end = pos + (twoWords[0]?.length ?? 0) + 1 + (twoWords[1]?.length ?? 0);
      push(out, { start: pos, end, words: twoWords }, "block", 70);
    }
  }
}

function onSelfIntro(m: RegExpExecArray, { text, out }: CueState): void {
  {
    const pos = m.index + m[0].length;
    const cap = readName(text, pos, "cap", strictWeak);
    const span = cap ?? readName(text, pos, "lower", strictWeak);
    // Lower case needs a first name that is not also a word: "it is crystal clear", "it's frank blood".
    const first = span?.words[0] ?? "";
    if (span && (cap ? FIRST_NAMES.has(first.toLowerCase()) : isLowerCaseFirstName(first))) {
      const words = span.words.slice(0, 2);
      push(out, span.words.length > 2 ? { start: span.start, end: span.start + words.join(" ").length, words } : span, "block", 65);
    }
  }
}

/** "Pt T. Okoro", "(R.S. Iyer", line start: places where initials begin a person's name. */
const INITIALS_CONTEXT = /(?:^|\n\s?|\(\s?|\b(?:pt|patient|Mr|Mrs|Ms|named|is|with|for|to|and|saw|see|seen)\.?\s)$/i;

/** Initials standing for a patient: "initials T.W.", "pt J.D.", "Mr. R.K.". */
const BARE_INITIALS =
  /\b(?:[Ii]nitials|[Pp]t|[Pp]atient|Mr|Mrs|Ms|Miss)\.?:?[ \t]{1,3}(?:\(?initials[ \t]{1,3})?([A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?![A-Za-z])/.source;

function onBareInitials(m: RegExpExecArray, { text, out }: CueState): void {
  const initials = m[1] ?? "";
  const start = m.index + m[0].length - initials.length;
  // "R.S. Iyer" is handled with its surname (detectInitials); here only initials that stand alone.
  if (/^[ \t]?\p{Lu}\p{Ll}/u.test(text.slice(start + initials.length, start + initials.length + 3))) return;
  push(out, { start, end: start + initials.length, words: [] }, "block", 70);
}

/**
 * All cue-led readings in one pass. Order: where two cues start at the same place the earlier
 * wins ("Pt:" is a form label before it is "pt", "pt is" before "pt").
 */
const CUES = compileCues<CueState>([
  { source: FORM_LABEL, flags: "i", handle: onFormLabel },
  { source: NAMED_CUE, flags: "i", handle: onNamed },
  { source: PT_IS_CUE, flags: "i", handle: onPtIs },
  { source: BARE_INITIALS, flags: "", handle: onBareInitials },
  { source: WEAK_PATIENT_CUE, flags: "i", handle: onWeakPatient },
  { source: FAMILY_CUE, flags: "i", handle: onFamily },
  { source: SELF_INTRO, flags: "i", handle: onSelfIntro },
  { source: RELATIVE, flags: "i", handle: onRelative },
  { source: TITLE, flags: "", handle: onTitle },
  { source: DOCTOR, flags: "", handle: onDoctor },
]);

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
  if (COMMON_WORDS.has(lower) || PERSON_LEAD.test(lower) || FIRST_NAMES.has(lower)) return false;
  return !/(?:ed|ing)$/.test(lower);
}

function detectInitials(text: string, out: RawFinding[]): void {
  INITIALS_SURNAME.lastIndex = 0;
  for (const m of text.matchAll(INITIALS_SURNAME)) {
    const surnamePos = m.index + m[0].length;
    const surname = stickyAt(CAP_WORD, text, surnamePos);
    if (!surname) continue;
    const bare = surname.replace(POSSESSIVE, "");
    if (bare.length < 3 || SPECIES.test(bare) || isNeverAName(bare)) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (PROVIDER_BEFORE.test(before)) continue;
    const after = text.slice(surnamePos + bare.length, surnamePos + bare.length + 20);
    if (CITATION_AFTER.test(after) || CREDENTIAL_AFTER.test(after)) continue;
    // Two initials ("R.S. Iyer"), a known surname ("T. Okoro") or a name position (line start,
    // after "pt") block; otherwise the capital may end a sentence ("hepatitis B. Serologies"): warn.
    // Country and city initialisms are not a person: "U.S. Preventive Services", "L.A. County".
    if (/^(?:U\.\s?S|U\.\s?K|U\.\s?N|E\.\s?U|D\.\s?C|L\.\s?A|N\.\s?Y|N\.\s?J|S\.\s?F)\.\s?$/.test(m[0])) continue;
    const twoInitials = /[A-Z]\.\s?[A-Z]\./.test(m[0]);
    const known = isKnownName(bare);
    const positioned = INITIALS_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index));
    // "vitamin D. Time ...": a designated letter ending a sentence. The next word is only the next
    // sentence's first word, unless it is a listed name ("... type A. Nguyen ..."): then it warns.
    if (!twoInitials && !positioned && designatedLetter(text, m.index)) {
      if (known) push(out, { start: m.index, end: surnamePos + bare.length, words: [bare] }, "warn", 25);
      continue;
    }
    const level = twoInitials || known || positioned ? "block" : "warn";
    push(out, { start: m.index, end: surnamePos + bare.length, words: [bare] }, level, level === "block" ? 75 : 25);
  }
}

/** "the Nguyen family", "the Okafor twins": a family name. */
const THE_FAMILY = new RegExp(`\\bthe ([${UPPER}][${LOWER}'’-]{1,20}) (?:family|household|twins|kids|children|parents|boys|girls)\\b`, "g");
/** "Gwen's mom called", "Jake's MRI": a known first name owning a relative or a record. */
const POSSESSIVE_NAME = new RegExp(
  `(?<![${LETTER}])([${UPPER}][${LOWER}]{1,20})['’]s (?:mom|mother|dad|father|wife|husband|son|daughter|sister|brother|family|parents|partner|chart|labs|MRI|CT|biopsy|results|meds|medications|insurance|pharmacy|appointment|surgery|diagnosis|symptoms|pain|case|mammogram|scan|echo)\\b`,
  "g",
);

function detectFamilyAndPossessive(text: string, out: RawFinding[]): void {
  THE_FAMILY.lastIndex = 0;
  for (const m of text.matchAll(THE_FAMILY)) {
    const word = m[1] ?? "";
    if (isNeverAName(word)) continue;
    const start = m.index + 4;
    push(out, { start, end: start + word.length, words: [word] }, "block", 70);
  }
  POSSESSIVE_NAME.lastIndex = 0;
  for (const m of text.matchAll(POSSESSIVE_NAME)) {
    const word = m[1] ?? "";
    if (isNeverAName(word)) continue;
    const lower = word.toLowerCase();
    const level = FIRST_NAMES.has(lower) ? "block" : SURNAMES.has(lower) ? "warn" : null;
    if (level) push(out, { start: m.index, end: m.index + word.length, words: [word] }, level, level === "block" ? 65 : 25);
  }
}

/** "Gwen, 54, presented ...", "Jorge, a 45-year-old ...": a known first name with an age. */
const SINGLE_NAME = new RegExp(`(?<![${LETTER}.’'-])([${UPPER}][${LOWER}]{2,20})(?=,[ \\t])`, "g");

function detectNamedAges(text: string, out: RawFinding[]): void {
  SINGLE_NAME.lastIndex = 0;
  for (const m of text.matchAll(SINGLE_NAME)) {
    const word = m[1] ?? "";
    if (!FIRST_NAMES.has(word.toLowerCase()) || isNeverAName(word)) continue;
    const end = m.index + word.length;
    if (!AGE_OR_DOB_AFTER.test(text.slice(end, end + 20))) continue;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (PROVIDER_BEFORE.test(before)) continue;
    push(out, { start: m.index, end, words: [word] }, "block", 65);
  }
}

function detectUncuedPairs(text: string, out: RawFinding[]): void {
  CAPITAL_PAIR.lastIndex = 0;
  for (const m of text.matchAll(CAPITAL_PAIR)) {
    const first = m[1] ?? "";
    const secondPos = m.index + m[0].length;
    const second = stickyAt(CAP_WORD, text, secondPos);
    if (!second) continue;
    const secondBare = second.replace(POSSESSIVE, "");
    if (isNeverAName(first) || isNeverAName(secondBare)) continue;
    const end = secondPos + secondBare.length;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(end, end + 20);
    if (PROVIDER_BEFORE.test(before) || CREDENTIAL_AFTER.test(after) || CITATION_AFTER.test(after)) continue;
    const aged = AGE_OR_DOB_AFTER.test(after) || PATIENT_AFTER.test(after) || PATIENT_VERB_BEFORE.test(before);
    if (aged) {
      push(out, { start: m.index, end, words: [first, secondBare] }, "block", 70);
    } else if (FIRST_NAMES.has(first.toLowerCase())) {
      push(out, { start: m.index, end, words: [first, secondBare] }, "warn", 30);
    }
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
      const bare = w.replace(POSSESSIVE, "").replace(/\.$/, "");
      if (bare.length >= 3 && /^[\p{L}'’-]+$/u.test(bare) && !isNeverAName(bare) && !/^(?:Jr|Sr|II|III|IV)$/.test(bare)) {
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
  // Letters of Latin scripts spelled out instead of \p{L}, which would need the u flag.
  const letter = "A-Za-z\\u00C0-\\u024F'’-";
  const re = new RegExp(`(?<![${letter}])(?:${[...spellings].map(escapeRegExp).join("|")})(?![${letter}])`, "g");
  for (const m of text.matchAll(re)) {
    out.push({ category: "name", start: m.index, end: m.index + m[0].length, level: "block", priority: 60 });
  }
}

export const detectNames: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  runCues(text, CUES, { text, out });
  detectHeaders(text, out);
  detectInitials(text, out);
  detectUncuedPairs(text, out);
  detectNamedAges(text, out);
  detectFamilyAndPossessive(text, out);
  propagate(text, out);
  return out;
};
