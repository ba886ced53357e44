/**
 * Minimal template filler for the seed text. Deliberately tiny and strict: an unknown `{slot}`
 * throws instead of leaking braces into demo content, so a typo in scenario data fails the unit
 * tests rather than showing up on a screenshot.
 */
import type { Rng } from "../random";

export type Vars = Readonly<Record<string, string>>;

const ALTERNATIVES = /\[\[([^[\]]*)\]\]/g;
const SLOT = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lookup(key: string, vars: Vars, template: string): string {
  const direct = vars[key];
  if (direct !== undefined) return direct;
  // `{Pt}` means "the value of {pt}, capitalised" so sentences can start with a slot.
  const lower = key.charAt(0).toLowerCase() + key.slice(1);
  const fromLower = vars[lower];
  if (fromLower !== undefined && lower !== key) return capitalise(fromLower);
  throw new Error(`template slot {${key}} has no value in: ${template}`);
}

/** Resolve `[[a|b]]` choices, then `{slots}`; slot values may themselves contain templates. */
export function fill(rng: Rng, template: string, vars: Vars = {}): string {
  let out = template;
  for (let pass = 0; pass < 4; pass++) {
    const before = out;
    out = out.replace(ALTERNATIVES, (_m, body: string) => rng.pick(body.split("|")));
    out = out.replace(SLOT, (_m, key: string) => lookup(key, vars, template));
    if (out === before) break;
  }
  // Empty alternatives ("[[really |]]") can leave doubled spaces or a space before punctuation.
  return out.replace(/ {2,}/g, " ").replace(/ ([,.;:?!])/g, "$1");
}

/** Pick one template from a list and fill it. */
export function fillOne(rng: Rng, templates: readonly string[], vars: Vars = {}): string {
  return fill(rng, rng.pick(templates), vars);
}
