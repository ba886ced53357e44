/**
 * Numbers that belong to the public, not to a patient: helplines and the statutes that govern
 * health data. Their spans are allowed text (scan-for-phi.ts drops findings inside them).
 *
 * - A phone-shaped number on a line that names a helpline ("Samaritans 116 123, Pieta 1800 247
 *   247", "text SHOUT to 85258", "teléfono de la Esperanza 717 003 717") is the service's, unless
 *   a person is named right before it ("her son's mobile 0412 …" on a safety-netting line still
 *   blocks). Safety-netting cards and discharge leaflets are lists of such services.
 * - A law's number ("Lei nº 13.709/2018", "Ley 41/2002", "Decreto 7.508/2011") is public.
 *
 * Every pattern is linear: bounded repeats, no nested quantifiers.
 */
import type { Span } from "./clinical-allowlist";

const HELPLINE_LINE =
  /\b(?:helplines?|hotlines?|crisis (?:text )?lines?|lifeline|samaritans|childline|befrienders|text line|support line|quitline|poisons? (?:information|control|cent(?:er|re))|safety-?netting|discharge (?:leaflet|card|sheet)|suicide prevention|l[íi]nea (?:de )?(?:ayuda|atenci[óo]n|\d{3})|linha (?:de )?(?:apoio|vida|\d{3})|tel[ée]fono de la esperanza|ligne d'[ée]coute|sos amiti[ée]|telefonseelsorge|text \p{Lu}{2,12} to)(?![\p{L}])/iu;

/** A phone-shaped run: 3 to 12 digits in groups of 2–5 joined by single spaces or dashes. */
const PHONE_SHAPE = /(?<![\p{L}\d])\+?\d{2,5}(?:[ -]\d{2,5}){0,4}(?![\p{L}\d])/gu;

/** A person right before a number: the number is theirs, whatever the line lists. */
const PERSON_BEFORE =
  /\b(?:his|her|their|pt'?s?|patient'?s?|son'?s?|daughter'?s?|wife'?s?|husband'?s?|mum'?s?|mom'?s?|mother'?s?|father'?s?|dad'?s?|partner'?s?|sister'?s?|brother'?s?|carer'?s?|caregiver'?s?|family|NOK|next of kin|mobile|cell|home)\b[^\n\d]{0,25}$/i;

const STATUTE_NUMBER =
  /\b(?:Lei|Ley|Loi|Law|Act|Decreto(?:-Lei)?|D[ée]cret|Decree|Gesetz|Resolu[çc][ãa]o|Resoluci[óo]n|Portaria|RDC|Directive|Regulation|Real Decreto|Statute)[ \t]{1,3}(?:n(?:[º°o]|ro|úm|um)?\.?[ \t]{0,2})?\d{1,6}(?:[./-]\d{1,6}){0,3}/giu;

export function publicServiceSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(STATUTE_NUMBER)) spans.push({ start: m.index, end: m.index + m[0].length });
  // Helpline lines: cheap test per line first, numbers only on lines that name a helpline.
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (/\d/.test(line) && HELPLINE_LINE.test(line)) {
      for (const m of line.matchAll(PHONE_SHAPE)) {
        if (PERSON_BEFORE.test(line.slice(Math.max(0, m.index - 40), m.index))) continue;
        spans.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}
