/**
 * Frequent family names: US census top names plus common names of the populations listed in
 * first-names.ts. Used where only a list can tell a name from a word: a file name stem such as
 * "IMG_tnguyen" or "jsmith_wound", a lower-case "pt daniel park", an all-caps "DUPONT Marie".
 * Like the first-name list, it only supports a cue; it never blocks a capitalised word on its own.
 * Compare with `nameKey(word)`; particles are separate words ("van der Berg" -> "berg").
 * Edited in scripts/lexicon/words/surnames.txt and surname-first.txt.
 */
import { decodeWords } from "./front-coding";
import { SURNAME_FIRST_CODED, SURNAMES_CODED } from "./word-lists";

/** Surname-first family names that are also English words: only the surname-first reading uses them. */
const WORD_LIKE = new Set("an go do ha ye oh lo na im pan fan wan ding bang sim son tong woo min won wen sung shin tam yip chow".split(" "));

const surnameFirst = decodeWords(SURNAME_FIRST_CODED);

/**
 * Family names of cultures that write the family name first (Chinese in pinyin, Cantonese and
 * Wade-Giles, Japanese, Korean, Vietnamese): "Nguyen Van An", "WANG Xiaoming", "Sato Haruto".
 * After one of these, a given name is recognised by its syllables (name-shapes.ts). Japanese names
 * with a regular last element ("Yamamoto", "Nakamura") are read by that shape instead of listed.
 */
export const SURNAME_FIRST: ReadonlySet<string> = new Set(surnameFirst);

/** The family names, with the surname-first ones that are not also English words. */
export const SURNAMES: ReadonlySet<string> = new Set([...decodeWords(SURNAMES_CODED), ...surnameFirst.filter((w) => !WORD_LIKE.has(w))]);
