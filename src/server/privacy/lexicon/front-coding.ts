/**
 * The compact form the scanner's word lists ship in (written by scripts/lexicon/make-word-lists.ts
 * and make-city-list.ts). The list is sorted and each entry is one capital letter, saying how many
 * leading characters it shares with the entry before ("A" none, "B" one ... "Z" 25), followed by
 * the rest of the entry: "AabelCigailCraham" is "abel", "abigail", "abraham". Sorted neighbours
 * share long prefixes, so the coded list is about a quarter smaller after gzip than the words.
 *
 * Rule: entries are non-empty and hold no character A-Z (the lists are lower case).
 */

/** The entries of a front-coded list, in sorted order. Linear in the coded length. */
export function decodeWords(coded: string): string[] {
  let previous = "";
  return (coded.match(/[A-Z][^A-Z]*/g) ?? []).map((entry) => (previous = previous.slice(0, entry.charCodeAt(0) - 65) + entry.slice(1)));
}

/** The front-coded form of a list: entries deduplicated and sorted by code unit. */
export function encodeWords(entries: Iterable<string>): string {
  let previous = "";
  let coded = "";
  for (const entry of [...new Set(entries)].sort()) {
    if (entry.length === 0 || /[A-Z]/.test(entry)) throw new Error(`cannot front-code ${JSON.stringify(entry)}`);
    let shared = 0;
    while (shared < 25 && shared < previous.length && previous[shared] === entry[shared]) shared++;
    coded += String.fromCharCode(65 + shared) + entry.slice(shared);
    previous = entry;
  }
  return coded;
}
