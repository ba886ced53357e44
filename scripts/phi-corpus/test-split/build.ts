/** Tagged-template builder: identifiers are marked inline, so every label is an exact substring. */
import { person, type Culture, type Person, type Sex } from "./people";
import type { Rng } from "./rng";

export const CATEGORIES = [
  "name", "address", "date", "age_over_89", "phone", "fax", "email", "ssn", "mrn", "health_plan",
  "account", "license", "vehicle", "device", "url", "ip", "other_id",
] as const;
export type Category = (typeof CATEGORIES)[number];

export class Span {
  constructor(
    readonly category: Category,
    readonly value: string,
  ) {}
}
const mk = (c: Category) => (v: string | number): Span => new Span(c, String(v));
export const N = mk("name");
export const AD = mk("address");
export const DT = mk("date");
export const AGE = mk("age_over_89");
export const PH = mk("phone");
export const FX = mk("fax");
export const EM = mk("email");
export const SS = mk("ssn");
export const MR = mk("mrn");
export const HP = mk("health_plan");
export const AC = mk("account");
export const LI = mk("license");
export const VE = mk("vehicle");
export const DV = mk("device");
export const UR = mk("url");
export const IP = mk("ip");
export const OI = mk("other_id");

export interface Label {
  category: Category;
  match: string;
  start: number;
}
export interface Draft {
  text: string;
  labels: Label[];
  note?: string;
}

export function t(strings: TemplateStringsArray, ...vals: Array<string | number | Span>): Draft {
  let text = strings[0] ?? "";
  const labels: Label[] = [];
  vals.forEach((v, i) => {
    if (v instanceof Span) {
      if (v.value.length === 0) throw new Error("empty label");
      labels.push({ category: v.category, match: v.value, start: text.length });
      text += v.value;
    } else {
      text += String(v);
    }
    text += strings[i + 1] ?? "";
  });
  return { text, labels };
}
export const withNote = (d: Draft, note: string): Draft => ({ ...d, note });

export interface Tpl {
  key: string;
  /** Country or naming culture the item represents (for the report only). */
  country: string;
  style: string;
  make: (g: Gen) => Draft;
}
export const tpl = (key: string, country: string, style: string, make: (g: Gen) => Draft): Tpl => ({ key, country, style, make });
/** A negative whose text needs no generated values. */
export const neg = (key: string, country: string, style: string, text: string, note?: string): Tpl =>
  tpl(key, country, style, () => (note === undefined ? { text, labels: [] } : { text, labels: [], note }));

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const MESES_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];
const p2 = (n: number): string => String(n).padStart(2, "0");
const ord = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/** Date renderings; d is a UTC date. */
export const fmt = {
  us: (d: Date): string => `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${d.getUTCFullYear()}`,
  usLoose: (d: Date): string => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}`,
  usMD: (d: Date): string => `${d.getUTCMonth() + 1}/${d.getUTCDate()}`,
  eu: (d: Date): string => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  euShort: (d: Date): string => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${String(d.getUTCFullYear()).slice(2)}`,
  euDM: (d: Date): string => `${d.getUTCDate()}/${d.getUTCMonth() + 1}`,
  dot: (d: Date): string => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  dotShort: (d: Date): string => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${String(d.getUTCFullYear()).slice(2)}`,
  dash: (d: Date): string => `${p2(d.getUTCDate())}-${p2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`,
  dashShort: (d: Date): string => `${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}-${String(d.getUTCFullYear()).slice(2)}`,
  iso: (d: Date): string => `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`,
  compact: (d: Date): string => `${d.getUTCFullYear()}${p2(d.getUTCMonth() + 1)}${p2(d.getUTCDate())}`,
  long: (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  usLong: (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  monthDay: (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`,
  dayMonth: (d: Date): string => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`,
  abbrDay: (d: Date): string => `${MON_ABBR[d.getUTCMonth()]} ${d.getUTCDate()}`,
  abbrDayYear: (d: Date): string => `${MON_ABBR[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  dayAbbrYear: (d: Date): string => `${p2(d.getUTCDate())}-${(MON_ABBR[d.getUTCMonth()] ?? "").replace(".", "").slice(0, 3)}-${d.getUTCFullYear()}`,
  ordOfMonth: (d: Date): string => `the ${ord(d.getUTCDate())} of ${MONTHS[d.getUTCMonth()]}`,
  monthOrd: (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${ord(d.getUTCDate())}`,
  monthYear: (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  monthOfYY: (d: Date): string => `${MONTHS[d.getUTCMonth()]} of '${String(d.getUTCFullYear()).slice(2)}`,
  mmYYYY: (d: Date): string => `${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  fr: (d: Date): string => `${d.getUTCDate() === 1 ? "1er" : d.getUTCDate()} ${MOIS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  frDM: (d: Date): string => `${d.getUTCDate()} ${MOIS[d.getUTCMonth()]}`,
  de: (d: Date): string => `${d.getUTCDate()}. ${MONATE[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  deDM: (d: Date): string => `${d.getUTCDate()}. ${MONATE[d.getUTCMonth()]}`,
  es: (d: Date): string => `${d.getUTCDate()} de ${MESES[d.getUTCMonth()]} de ${d.getUTCFullYear()}`,
  esDM: (d: Date): string => `${d.getUTCDate()} de ${MESES[d.getUTCMonth()]}`,
  pt: (d: Date): string => `${d.getUTCDate()} de ${MESES_PT[d.getUTCMonth()]} de ${d.getUTCFullYear()}`,
  ja: (d: Date): string => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  cnDash: (d: Date): string => `${d.getUTCFullYear()}.${d.getUTCMonth() + 1}.${d.getUTCDate()}`,
  vn: (d: Date): string => `ngày ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
  kr: (d: Date): string => `${d.getUTCFullYear()}.${p2(d.getUTCMonth() + 1)}.${p2(d.getUTCDate())}`,
};

const REF = Date.UTC(2025, 5, 1);
const DAY = 86400000;

export class Gen {
  constructor(readonly r: Rng) {}
  person(c: Culture, sex?: Sex): Person {
    return person(this.r, c, sex);
  }
  /** Birth date for someone aged between lo and hi on 2025-06-01. */
  dob(lo: number, hi: number): Date {
    const days = this.r.int(lo * 365 + 10, hi * 365 + 300);
    return new Date(Math.floor((REF - days * DAY) / DAY) * DAY);
  }
  /** A date within the last ~18 months before 2025-06-01. */
  recent(maxDaysAgo = 540, minDaysAgo = 1): Date {
    return new Date(Math.floor((REF - this.r.int(minDaysAgo, maxDaysAgo) * DAY) / DAY) * DAY);
  }
  plus(d: Date, days: number): Date {
    return new Date(d.getTime() + days * DAY);
  }
  age(d: Date): number {
    return Math.floor((REF - d.getTime()) / (365.25 * DAY));
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  chance(p: number): boolean {
    return this.r.chance(p);
  }
}

export const emailLocal = (p: Person, r: Rng): string => {
  const f = ascii(p.first).toLowerCase().replace(/[^a-z]/g, "");
  const l = ascii(p.last).toLowerCase().replace(/[^a-z]/g, "");
  return r.pick([`${f}.${l}`, `${f}${l}${r.int(1, 99)}`, `${f.charAt(0)}${l}`, `${l}.${f}${r.int(60, 99)}`, `${f}_${l}`]);
};
export const ascii = (s: string): string => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/Đ/g, "D").replace(/đ/g, "d").replace(/ø/g, "o");
