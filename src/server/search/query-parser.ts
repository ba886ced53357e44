import { DomainError } from "../errors";

/**
 * Turns what a physician types into a safe FTS5 MATCH expression. Rule: no character the member
 * typed ever reaches FTS5 as syntax. Every word and phrase is emitted as an FTS5 string in double
 * quotes (an inner quote doubled), so column filters ("title:x"), NEAR(), ^, parentheses and
 * FTS5's own AND/OR/NOT are searched for as text. The only operators in the output are the ones
 * this parser writes: AND between terms, OR inside a group, NOT before the exclusions, and a
 * trailing * for a prefix.
 *
 * The syntax members get:
 *   lactate clearance       both words (in any order)
 *   "septic shock"          the exact phrase
 *   sepsis OR bacteremia    either word (OR in capitals, between two terms)
 *   sepsis -neonatal        leave out posts with a word (also -"exact phrase", or NOT word)
 *   lact*                   words that start with "lact" (at least 3 letters before *)
 * A capitalised AND is accepted and changes nothing (words are combined with AND anyway).
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_TERMS = 20;
/** A prefix of one or two letters expands to thousands of words: too slow, and useless. */
export const MIN_PREFIX_LENGTH = 3;

export interface SearchTerm {
  /** The text as typed, without quotes, the leading - and the trailing *. */
  text: string;
  phrase: boolean;
  prefix: boolean;
}

export interface ParsedQuery {
  /** The FTS5 MATCH expression (only ever bound as a parameter). */
  match: string;
  /** The same without its exclusions: what a title must hold to be a title hit (ADR 0032). */
  requiredMatch: string;
  /** Groups of alternatives that must all match: [[sepsis, bacteremia], [lactate]]. */
  required: SearchTerm[][];
  excluded: SearchTerm[];
}

type Token = { type: "or" } | { type: "term"; term: SearchTerm; exclude: boolean };

// FTS5's unicode61 tokenizer keeps letters, numbers and private-use characters ("L* N* Co");
// a term with none of them produces no token at all, so it is dropped (it could match nothing).
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;
// Control characters separate words (they are separators to the tokenizer as well).
const CONTROL = /\p{Cc}/gu;
const SPACE = /\s/u;

function invalid(message: string): never {
  throw new DomainError("INVALID", message, { q: message });
}

/** "…after "septic shock": the text after an unclosed quotation mark, cut short if long. */
function quotedStart(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
}

/** The last run of token characters in a term: what FTS5 turns into the prefix token. */
function lastTokenLength(text: string): number {
  const runs = text.match(/[\p{L}\p{N}\p{Co}\p{M}]+/gu) ?? [];
  const last = runs[runs.length - 1] ?? "";
  return [...last.replace(/\p{M}/gu, "")].length;
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  // "-" excludes the term it touches; "NOT " excludes the next term, after the space.
  let exclude = false;
  let dash = false;
  while (at < input.length) {
    const char = input[at] as string;
    if (SPACE.test(char)) {
      // A dash followed by a space is punctuation, not an exclusion of nothing.
      if (dash) exclude = dash = false;
      at++;
      continue;
    }
    if (char === "-" && !exclude) {
      exclude = dash = true;
      at++;
      continue;
    }
    if (char === '"') {
      const close = input.indexOf('"', at + 1);
      if (close === -1) {
        const after = quotedStart(input.slice(at + 1));
        invalid(after ? `Close the quotation mark after "${after}.` : "Close the quotation mark, or remove it.");
      }
      let end = close + 1;
      let prefix = false;
      while (input[end] === "*") {
        prefix = true;
        end++;
      }
      tokens.push({ type: "term", term: { text: input.slice(at + 1, close), phrase: true, prefix }, exclude });
      exclude = dash = false;
      at = end;
      continue;
    }
    let end = at;
    while (end < input.length && !SPACE.test(input[end] as string) && input[end] !== '"') end++;
    const word = input.slice(at, end);
    at = end;
    if (!exclude && word === "OR") {
      tokens.push({ type: "or" });
      continue;
    }
    if (!exclude && word === "AND") continue;
    if (!exclude && word === "NOT") {
      exclude = true;
      continue;
    }
    const stripped = word.replace(/\*+$/, "");
    tokens.push({ type: "term", term: { text: stripped, phrase: false, prefix: stripped.length < word.length }, exclude });
    exclude = dash = false;
  }
  return tokens;
}

/** One FTS5 string: always quoted, inner quotes doubled; a prefix star after the closing quote. */
function ftsString(term: SearchTerm): string {
  return `"${term.text.replaceAll('"', '""')}"${term.prefix ? "*" : ""}`;
}

function ftsGroup(terms: SearchTerm[]): string {
  return terms.length === 1 ? ftsString(terms[0] as SearchTerm) : `(${terms.map(ftsString).join(" OR ")})`;
}

function describe(term: SearchTerm): string {
  return term.phrase ? `"${term.text}"` : term.text;
}

/** Parses a search box's text, or throws INVALID with a sentence naming the problem. */
export function parseSearchQuery(raw: string): ParsedQuery {
  const input = raw.replace(CONTROL, " ").trim();
  if (input.length === 0) invalid("Type a word or phrase to search for.");
  if (input.length > MAX_QUERY_LENGTH) {
    invalid(`Your search is ${input.length.toLocaleString("en-US")} characters long; keep it to ${MAX_QUERY_LENGTH} or fewer.`);
  }

  // Terms with nothing to search for ("-", "...", "*") are dropped before OR is paired up.
  const tokens = tokenize(input).filter((token) => token.type === "or" || TOKEN_CHARACTER.test(token.term.text));
  const termCount = tokens.filter((token) => token.type === "term").length;
  if (termCount > MAX_QUERY_TERMS) invalid(`Your search has ${termCount} terms; use ${MAX_QUERY_TERMS} or fewer.`);

  const required: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === "or") {
      const before = tokens[index - 1];
      const after = tokens[index + 1];
      if (before?.type !== "term" || after?.type !== "term") invalid('Put a word on each side of OR, as in "sepsis OR bacteremia".');
      if (before.exclude || after.exclude) invalid(`OR joins words to look for; an excluded word (-${describe(before.exclude ? before.term : after.term)}) cannot be one of them.`);
      // Join the next term to the group the previous one started.
      required[required.length - 1]?.push(after.term);
      index++;
      continue;
    }
    if (token.exclude) excluded.push(token.term);
    else required.push([token.term]);
  }

  if (required.length === 0) {
    if (excluded.length > 0) invalid(`Add a word to look for: -${describe(excluded[0] as SearchTerm)} only leaves posts out.`);
    invalid("Type a word or phrase to search for: it needs letters or numbers.");
  }
  for (const term of [...required.flat(), ...excluded]) {
    if (term.prefix && lastTokenLength(term.text) < MIN_PREFIX_LENGTH) {
      invalid(`Type at least ${MIN_PREFIX_LENGTH} letters before * (as in lact*), not ${describe(term)}*.`);
    }
  }

  const positive = required.map(ftsGroup).join(" AND ");
  const match = excluded.length === 0 ? positive : `(${positive}) NOT ${ftsGroup(excluded)}`;
  return { match, requiredMatch: positive, required, excluded };
}
