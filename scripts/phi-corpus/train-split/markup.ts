/**
 * Inline labels for corpus templates: `${$.name("Ana Ruiz")}` marks a span in the text it builds,
 * and `finalize` turns the marked text into {text, phi}. Rule it guarantees: every label's match is
 * an exact substring and the scorer's locating rule (first k occurrences, skipping those inside a
 * longer label) finds exactly the marked spans; otherwise `finalize` reports the item as ambiguous.
 */
import type { Country } from "./locales";
import * as L from "./locales";
import type { Rng } from "./rng";

export const CATEGORIES = [
  "name", "address", "date", "age_over_89", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
  "vehicle", "device", "url", "ip", "other_id",
] as const;
export type Category = (typeof CATEGORIES)[number];
export interface Label { category: Category; match: string }
export interface Item { id: string; text: string; phi: Label[]; note?: string }

const OPEN = "\u0001";
const MID = "\u0002";
const CLOSE = "\u0003";

const mark = (category: Category) => (value: string): string => {
  if (value === "" || /[\u0001-\u0003]/.test(value)) throw new Error(`bad label value for ${category}: ${JSON.stringify(value)}`);
  return `${OPEN}${category}${MID}${value}${CLOSE}`;
};

export const $ = {
  name: mark("name"), addr: mark("address"), date: mark("date"), age: mark("age_over_89"), phone: mark("phone"), fax: mark("fax"),
  email: mark("email"), ssn: mark("ssn"), mrn: mark("mrn"), plan: mark("health_plan"), acct: mark("account"), lic: mark("license"),
  veh: mark("vehicle"), dev: mark("device"), url: mark("url"), ip: mark("ip"), oid: mark("other_id"),
};

interface Span { category: Category; match: string; start: number; end: number }

export function parseMarked(raw: string): { text: string; spans: Span[] } {
  let text = "";
  const spans: Span[] = [];
  let i = 0;
  while (i < raw.length) {
    const open = raw.indexOf(OPEN, i);
    if (open === -1) {
      text += raw.slice(i);
      break;
    }
    text += raw.slice(i, open);
    const mid = raw.indexOf(MID, open);
    const close = raw.indexOf(CLOSE, mid);
    if (mid === -1 || close === -1) throw new Error("unbalanced label markers");
    const category = raw.slice(open + 1, mid) as Category;
    const match = raw.slice(mid + 1, close);
    spans.push({ category, match, start: text.length, end: text.length + match.length });
    text += match;
    i = close + 1;
  }
  if (/[\u0001-\u0003]/.test(text)) throw new Error("stray label marker");
  return { text, spans };
}

/** The scorer's rule (scripts/phi-eval.ts locateLabels), reproduced to check the marked spans. */
function locate(text: string, labels: Label[]): Array<{ start: number; end: number } | null> {
  const order = labels.map((label, i) => ({ label, i })).sort((a, b) => b.label.match.length - a.label.match.length);
  const taken: Array<{ start: number; end: number }> = [];
  const out: Array<{ start: number; end: number } | null> = new Array(labels.length).fill(null);
  for (const { label, i } of order) {
    let at = text.indexOf(label.match);
    while (at !== -1 && taken.some((t) => at < t.end && t.start < at + label.match.length)) at = text.indexOf(label.match, at + 1);
    if (at === -1) continue;
    taken.push({ start: at, end: at + label.match.length });
    out[i] = { start: at, end: at + label.match.length };
  }
  return out;
}

/** Returns the item, or a reason why its labels would be located somewhere else than marked. */
export function finalize(raw: string): { text: string; phi: Label[] } | { problem: string } {
  const { text, spans } = parseMarked(raw);
  const phi = spans.map((s) => ({ category: s.category, match: s.match }));
  const found = locate(text, phi);
  const want = new Set(spans.map((s) => `${s.start}:${s.end}`));
  for (let i = 0; i < spans.length; i++) {
    const f = found[i];
    if (!f || !want.has(`${f.start}:${f.end}`)) return { problem: `label "${spans[i]?.match}" would be located elsewhere` };
  }
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      const a = spans[i] as Span;
      const b = spans[j] as Span;
      if (a.start < b.end && b.start < a.end) return { problem: "overlapping labels" };
    }
  }
  return { text, phi };
}

/** What a template gets: a seeded random stream and the country it writes for. */
export class Ctx {
  constructor(readonly r: Rng, readonly c: Country) {}
  p(opts: { female?: boolean; minYear?: number; maxYear?: number } = {}, c: Country = this.c): L.Person {
    return L.person(this.r, c, opts);
  }
  mob(intl?: boolean, c: Country = this.c): string {
    return L.mobile(this.r, c, intl);
  }
  tel(intl?: boolean, c: Country = this.c): string {
    return L.landline(this.r, c, intl);
  }
  addr(c: Country = this.c): string {
    return L.address(this.r, c);
  }
  pl(c: Country = this.c): L.Place {
    return L.place(this.r, c);
  }
  street(c: Country = this.c): string {
    return L.street(this.r, c);
  }
  plate(c: Country = this.c): string {
    return L.plate(this.r, c);
  }
  recent(): L.Dob {
    return L.recent(this.r);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  digits(n: number): string {
    return this.r.digits(n);
  }
  letters(n: number, alphabet?: string): string {
    return this.r.letters(n, alphabet);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
}

export type Made = string | { text: string; note: string };
export interface Template {
  key: string;
  /** One item per listed country. */
  countries: Country[];
  make: (x: Ctx) => Made;
}
export interface Negative {
  key: string;
  country: Country;
  text: string;
  note?: string;
}
export interface Batch {
  name: string;
  positives: Template[];
  negatives: Negative[];
}

/** A one-country template whose items carry a note (the writer's real setting, a labelling choice). */
export function notedTemplate(key: string, country: Country, note: string, make: (x: Ctx) => string): Template {
  return { key, countries: [country], make: (x) => ({ text: make(x), note }) };
}

/** An identifier-free negative with its note. */
export function notedNegative(key: string, country: Country, note: string, text: string): Negative {
  return { key, country, text, note };
}
