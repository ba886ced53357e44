/**
 * The editable form of the scanner's word lists: scripts/lexicon/words/*.txt. Lines starting with
 * "#" are comments; the other lines hold entries separated by white space, or one entry a line in
 * a phrase list (regions.txt). make-word-lists.ts turns them into the bundled module.
 */
import { readFileSync } from "node:fs";

export const WORDS_DIR = "scripts/lexicon/words";

/** The entries of one .txt file in WORDS_DIR, in file order. */
export function readEntries(file: string, phrases = false): string[] {
  const lines = readFileSync(`${WORDS_DIR}/${file}`, "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("#"));
  const entries = phrases ? lines.map((line) => line.trim().replace(/\s+/g, " ")) : lines.flatMap((line) => line.split(/\s+/));
  return entries.filter((e) => e.length > 0);
}
