/**
 * Text that shows what an identifier looks like instead of giving one: allowed spans
 * (scan-for-phi.ts drops findings inside them).
 *
 * - A value introduced as an example ("e.g. 'AB12 CDE'", "format 123-456", "looks like
 *   SB24-…", "z.B.", "p. ex.", "por ejemplo", "(the example on our slide: LMP 1 January …)") is
 *   nobody's: a short value (30 characters) that holds a digit and names no person ("e.g. her
 *   son on 0412 …" stays his). "such as" is not a cue: "contacts such as …" lists real ones.
 * - A drug product's code (AIC, NDC, PZN, DIN, CIP, CNK, pharmacode) names a box, not a person.
 * - The dates of a congress, conference or webinar are an event's, in a sentence naming the event.
 * - A hotel chain's name is a venue, and a farm or a mine "near X" is a workplace's place.
 *
 * Every pattern is linear: bounded repeats, no nested quantifiers.
 */
import type { Span } from "./clinical-allowlist";

const EXAMPLE =
  /(?:\b(?:e\.g\.?|eg\.|for (?:example|instance)|format|looks? like|p\. ?ex\.|por ejemplo|par exemple|ad esempio|per esempio|zum Beispiel|bijvoorbeeld|por exemplo|example[^.\n()]{0,25}\()|z\. ?B\.)[ \t:]{0,3}['"‘“(]?([^)\n;'"’”]{1,30})/giu;
/** A person in the value makes it theirs: "e.g. her son on 0412 …" is not an example. */
const PERSON_IN_VALUE =
  /\b(?:his|her|their|my|our|pt|patient|son|daughter|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|Mr|Mrs|Ms)\b/i;

const FIXED = [
  /\b(?:AIC|NDC|PZN|DIN|CIP|CNK|[Pp]harmacode)\W{0,3}(?:n[°º.]?\s?|no\.?\s?)?\d[\d-]{5,13}/g,
  /\b(?:Hilton|Ibis|Premier Inn|Marriott|Holiday Inn|Novotel|Travelodge|Radisson|Hyatt|Sheraton)\b/g,
];

/** A workplace near a place; where someone lives ("lives on the farm outside X") stays theirs. */
const WORKPLACE = /\b(?:farm|plantation|mine|factory|estate)s?\s(?:near|outside|around)\s\p{Lu}[\p{L}-]{2,24}/gu;
const HOME_BEFORE = /\b(?:lives?|living|resides?|home|family|born|grew up)\b/i;

// Not "course": a course of steroids is the patient's, with its dates.
const EVENT = /\b(?:congress|kongress|congr[eè]s|congreso|congresso|conference|konferenz|webinar|workshop|symposium|ECM|CME|CPD)\b/i;
const EVENT_DATE = /\b\d{1,2}(?:[-–]\d{1,2})?\.?\s\p{L}{3,10}\.?\s(?:19|20)\d\d\b/gu;

export function exampleSpans(text: string): Span[] {
  const spans: Span[] = [];
  EXAMPLE.lastIndex = 0;
  for (let m = EXAMPLE.exec(text); m; m = EXAMPLE.exec(text)) {
    const end = m.index + m[0].length;
    if (/\d/.test(m[1]!) && !PERSON_IN_VALUE.test(m[1]!)) spans.push({ start: m.index, end });
    // "looks like e.g. 'X'": the value may start with a second cue, read from there.
    else EXAMPLE.lastIndex = end - m[1]!.length;
  }
  for (const re of FIXED) {
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WORKPLACE)) {
    if (!HOME_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(EVENT_DATE)) {
    const from = Math.max(0, text.lastIndexOf(". ", m.index), text.lastIndexOf("\n", m.index), m.index - 200);
    if (EVENT.test(text.slice(from, m.index))) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
