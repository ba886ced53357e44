import { decodeWords } from "./front-coding";
import { COMMON_WORDS_CODED, ENGLISH_WORD_NAMES_CODED } from "./word-lists";

/**
 * Words that are never read as part of a person's name, even when capitalised (sentence starts,
 * headings, forms in capitals) or sitting right after a name cue: "pt is Diabetic", "her son Says",
 * "Name: Unknown". Lower-case; compare with `word.toLowerCase()`.
 *
 * Rule: function words, pronouns, common verbs and adjectives, clinical vocabulary and form labels.
 * Keep real given names and family names out of this list, even ones that are also words
 * (Rose, Hope, Young): they are handled by the cue rules, not by the list.
 * Edited in scripts/lexicon/words/common-words.txt (see scripts/lexicon/make-word-lists.ts).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(decodeWords(COMMON_WORDS_CODED));

/**
 * Listed first names and surnames that are also ordinary English or clinical words: "frank
 * hematuria", "lance the abscess", "crystal arthropathy", "colon cancer", "stone in the CBD",
 * "chest wall", "ana positive", "li level", "foster care", "gross hematuria", "small bowel".
 * Consulted only for lower-case tokens: written in lower case these are read as the word, while a
 * capitalised "Frank" or "Mrs. Stone" is still a name. Edited in
 * scripts/lexicon/words/english-word-names.txt.
 */
export const ENGLISH_WORD_NAMES: ReadonlySet<string> = new Set(decodeWords(ENGLISH_WORD_NAMES_CODED));
