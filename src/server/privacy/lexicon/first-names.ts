/**
 * Common given names across the populations a US/UK/international physician forum sees: English,
 * Irish and Scottish, French, German and Dutch, Spanish and Latin American, Portuguese and
 * Brazilian, Italian, Polish and other Slavic, Nordic, Greek, Arabic, Persian, Turkish, North and
 * South Indian, Pakistani, Chinese (pinyin), Japanese (Hepburn), Korean (Revised Romanization,
 * written without the hyphen: "minjun"), Vietnamese (without tones), Filipino, Nigerian (Yoruba,
 * Igbo, Hausa), South African and Ghanaian, extended from faker's locale data. Edited in
 * scripts/lexicon/words/first-names.txt (generated-first-names.txt is make-name-lists.ts's).
 * Compare with `nameKey(word)` (lower-case ASCII, no apostrophes).
 *
 * Rule: a list entry never blocks on its own; it only upgrades a cue that already points at a
 * person. Names that are also very common English words (will, may, hope, grace, mark, bill, max,
 * jack, ray, joy, june, iris) are left out on purpose, because they would upgrade the wrong tokens;
 * listed names that are also words appear in NAMES_ALSO_WORDS and do not count in lower case.
 */
import { GENERATED_FIRST_NAMES_CODED } from "#generated-first-names";
import { decodeWords } from "./front-coding";
import { FIRST_NAMES_CODED } from "./word-lists";

/** The hand-kept names everywhere; the generated ones on the server only (empty in the browser). */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...decodeWords(FIRST_NAMES_CODED), ...decodeWords(GENERATED_FIRST_NAMES_CODED)]);

/**
 * Listed given names and family names that are also English words ("clement weather", "a pinto
 * bean", "martini"): in lower case they are read as the word. Complements ENGLISH_WORD_NAMES.
 */
export const NAMES_ALSO_WORDS: ReadonlySet<string> = new Set("clement dirk noel brunet martins lopes pinto martini gentile farina smit linden".split(" "));
