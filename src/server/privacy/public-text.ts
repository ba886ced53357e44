/**
 * Text that looks like a patient's identifier but belongs to nobody, or to the public, in the
 * context around it. Its spans join the allowed text of clinical-allowlist.ts (protectedSpans),
 * so scan-for-phi.ts drops every finding inside them. Patterns that need no context (citations,
 * product codes, statute numbers) live in clinical-allowlist.ts itself.
 *
 * - A phone-shaped number on a line that names a helpline ("Samaritans 116 123, Pieta 1800 247
 *   247", "text SHOUT to 85258", "teléfono de la Esperanza 717 003 717") is the service's.
 * - A short value (30 characters) given as an example ("e.g. 'AB12 CDE'", "format 123-456",
 *   "looks like SB24-…", "z.B.", "p. ex.", "por ejemplo") that holds a digit is nobody's.
 *   "such as" is not a cue: "contacts such as …" lists real ones.
 * - A farm, mine or plantation "near X" is a workplace's place; the dates of a congress,
 *   conference or webinar are the event's, in a sentence naming it.
 * One rule holds for every item: a person named in or right before the value makes it theirs
 * ("her son on 0412 …" on a safety-netting line, "e.g. her son on …", "lives on the farm outside
 * X" stay reported).
 *
 * Every pattern is linear: bounded repeats, no nested quantifiers.
 */
import type { Span } from "./clinical-allowlist";

/** A person (or where they live): the value near it is theirs. */
const PERSON =
  /\b(?:his|her|their|my|our|pt'?s?|patient'?s?|son'?s?|daughter'?s?|wife'?s?|husband'?s?|partner'?s?|mum'?s?|mom'?s?|mother'?s?|father'?s?|dad'?s?|brother'?s?|sister'?s?|carer'?s?|caregiver'?s?|family|NOK|next of kin|Mr|Mrs|Ms|lives?|living|resides?|home|born|grew up)\b/i;

const HELPLINE_LINE =
  /\b(?:helplines?|hotlines?|crisis (?:text )?lines?|lifeline|samaritans|childline|befrienders|text line|support line|quitline|poisons? (?:information|control|cent(?:er|re))|safety-?netting|discharge (?:leaflet|card|sheet)|suicide prevention|l[íi]nea (?:de )?(?:ayuda|atenci[óo]n|\d{3})|linha (?:de )?(?:apoio|vida|\d{3})|tel[ée]fono de la esperanza|ligne d'[ée]coute|sos amiti[ée]|telefonseelsorge|text \p{Lu}{2,12} to)(?![\p{L}])/iu;
/**
 * A word that every HELPLINE_LINE match contains, without the u flag: the cheap prefilter.
 * Rule: keep it a superset of HELPLINE_LINE (a cue added there needs its word here).
 */
const HELPLINE_WORD =
  /helpline|hotline|crisis|lifeline|samaritans|childline|befrienders|text|support line|quitline|poison|safety|discharge|suicide|l[íi]nea|linha|tel[ée]fono|ligne|sos|telefonseelsorge/gi;
/** A phone-shaped run: groups of 2–5 digits joined by single spaces or dashes. */
const PHONE_SHAPE = /(?<![\p{L}\d])\+?\d{2,5}(?:[ -]\d{2,5}){0,4}(?![\p{L}\d])/gu;

// No u flag (nor on the statute pattern of clinical-allowlist.ts): V8 runs an /iu scan of a post
// several times slower than /i, and these patterns need no \p{...} class.
const EXAMPLE =
  /(?:\b(?:e\.g\.?|eg\.|for (?:example|instance)|format|looks? like|p\. ?ex\.|por ejemplo|par exemple|ad esempio|per esempio|zum Beispiel|bijvoorbeeld|por exemplo|example[^.\n()]{0,25}\()|z\. ?B\.)[ \t:]{0,3}['"‘“(]?([^)\n;'"’”]{1,30})/gi;

const WORKPLACE = /\b(?:farm|plantation|mine|factory|estate)s?\s(?:near|outside|around)\s\p{Lu}[\p{L}-]{2,24}/gu;

// Not "course": a course of steroids is the patient's, with its dates.
const EVENT = /\b(?:congress|kongress|congr[eè]s|congreso|congresso|conference|konferenz|webinar|workshop|symposium|ECM|CME|CPD)\b/i;
const EVENT_DATE = /\b\d{1,2}(?:[-–]\d{1,2})?\.?\s\p{L}{3,10}\.?\s(?:19|20)\d\d\b/gu;

const personIn = (text: string, from: number, to: number): boolean => PERSON.test(text.slice(Math.max(0, from), to));

export function publicTextSpans(text: string): Span[] {
  const spans: Span[] = [];
  // HELPLINE_LINE needs the u flag, which V8 runs several times slower: one pass of the plain
  // prefilter over the post first, and the exact test only on lines that hold one of its words.
  const hits: number[] = [];
  for (const m of text.matchAll(HELPLINE_WORD)) hits.push(m.index);
  let hit = 0;
  const helplineWord = (from: number, to: number): boolean => {
    while (hit < hits.length && (hits[hit] ?? 0) < from) hit++;
    return hit < hits.length && (hits[hit] ?? 0) < to;
  };
  // Helpline lines: a cheap test per line first, numbers only on lines that name a helpline.
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // The prefilter first: most lines name no helpline and are never sliced.
    const line = helplineWord(lineStart, lineEnd) ? text.slice(lineStart, lineEnd) : "";
    if (line !== "" && /\d/.test(line) && HELPLINE_LINE.test(line)) {
      for (const m of line.matchAll(PHONE_SHAPE)) {
        if (!personIn(line, m.index - 40, m.index)) spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  EXAMPLE.lastIndex = 0;
  for (let m = EXAMPLE.exec(text); m; m = EXAMPLE.exec(text)) {
    const value = m[1] ?? "";
    const end = m.index + m[0].length;
    if (/\d/.test(value) && !PERSON.test(value)) spans.push({ start: m.index, end });
    // "looks like e.g. 'X'": the value may start with a second cue, read from there.
    else EXAMPLE.lastIndex = end - value.length;
  }
  for (const m of text.matchAll(WORKPLACE)) {
    if (!personIn(text, m.index - 60, m.index)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(EVENT_DATE)) {
    const from = Math.max(0, text.lastIndexOf(". ", m.index), text.lastIndexOf("\n", m.index), m.index - 200);
    if (EVENT.test(text.slice(from, m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
