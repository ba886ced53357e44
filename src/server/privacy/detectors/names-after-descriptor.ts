/**
 * A name in apposition right after how a case is introduced: an age and sex, or a person word,
 * then a comma, the name, and a comma ("22F, Ahalya, first-episode psychosis", "Idosa, 91a,
 * Sílvia, moradora de ...", "Taxi driver, Tshepo, PrDP ...", "pibe de 22, luciano, sube todo").
 * Rule: one or two capitalised words, no word an ordinary, clinical or brand word; one of them a
 * listed given or family name or with a name's shape (lexicon/name-shapes.ts), or, after an age
 * and sex, none with an ending of medicine ("54M, Hypertension, on ramipril" is not a name). A
 * lower-case name must be a listed given name.
 */
import { isCommonWord, isNeverAName } from "../clinical-allowlist";
import { FIRST_NAMES } from "../lexicon/first-names";
import { hasNameShape } from "../lexicon/name-shapes";
import { SURNAMES } from "../lexicon/surnames";
import type { Detector, RawFinding, ScanContext } from "../types";

/** What introduces the case: an age with a sex or unit, or a person word, then ", ". */
const DESCRIPTOR_THEN_NAME =
  /(?:(\b\d{1,3}[ \t]?(?:[MFmf]|yo|y\/o|yrs?|a|ans|años|anos|anni|J\.?|jaar|lat)|\b\d{1,3}[ \t]?(?:year|yr)s?[ -]old)|\b(?:pt|patient|paciente|patiente|patientin|paziente|idosa|idoso|senhora|señora|pibe|piba|chico|chica|driver|farmer|worker|teacher|student|nurse|man|woman|boy|girl|lady|gentleman|bloke|granny|grandma|grandpa|widow|widower|veteran)|(?:de|of)[ \t]\d{1,3}),[ \t]{1,2}(?=\p{L})/giu;
const NAME_AT = /(\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+)?|\p{Ll}{3,15})(?=,[ \t])/uy;

/**
 * Endings of clinical nouns and drug names ("Hypertension", "Dementia", "Warfarin", "Amlodipine",
 * "Metoprolol"): an unlisted word with one is read as medicine, not as a name.
 */
const CLINICAL_ENDING =
  /(?:tion|sion|ism|itis|osis|emia|aemia|ia|pathy|ectomy|otomy|ance|ence|ment|ness|logy|ine|in|ol|il|ide|ate|one|mab|nib|pril|sartan|azole|afil|statin|arin|oxin|cycline|cillin|floxacin|prazole|tidine|dipine|lukast|gliptin|gliflozin|ase|oma|al|ic|ive|ous)$/i;

function listed(word: string): boolean {
  const key = word.toLowerCase();
  return FIRST_NAMES.has(key) || SURNAMES.has(key);
}

export const detectNamesAfterDescriptor: Detector = (ctx: ScanContext) => {
  const text = ctx.text;
  const out: RawFinding[] = [];
  DESCRIPTOR_THEN_NAME.lastIndex = 0;
  for (const m of text.matchAll(DESCRIPTOR_THEN_NAME)) {
    const at = m.index + m[0].length;
    NAME_AT.lastIndex = at;
    const name = NAME_AT.exec(text)?.[1];
    if (!name) continue;
    const words = name.split(/[ -]/);
    if (words.some((w) => isCommonWord(w) || isNeverAName(w))) continue;
    const lower = name === name.toLowerCase();
    // After an age and sex ("22F, Ahalya,") the slot itself is the cue: a capitalised word that is
    // no ordinary, clinical or brand word and does not end like medicine. After a person word the
    // name must be listed or look like one.
    const ageSlot = m[1] !== undefined;
    const known = words.some((w) => listed(w) || hasNameShape(w));
    if (lower ? !FIRST_NAMES.has(name) : !known && (!ageSlot || words.some((w) => CLINICAL_ENDING.test(w)))) continue;
    out.push({ category: "name", start: at, end: at + name.length, level: "block", priority: 60 });
  }
  return out;
};
