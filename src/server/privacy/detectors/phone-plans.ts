/**
 * "Could these digits be a phone number?", answered from every country's numbering plan
 * (lexicon/phone-plans.ts, generated from libphonenumber's metadata).
 *
 * Rules:
 * - An international number (after "+" or "00") fits when its calling code is known and the rest,
 *   with a written trunk "(0)" or "0" dropped, matches one of that code's national patterns and
 *   possible lengths.
 * - A national number fits a country when, with the country's trunk prefix parsed off as
 *   libphonenumber does (or as written, since "(11) 98765-4321" omits it), it matches the
 *   country's national pattern and possible lengths.
 *
 * The general pattern is checked, not the per-type ranges: the question is the shape of a phone
 * number, and reserved fictional ranges ("07700 900461", "555-0100") are still phone-shaped.
 * Plans are parsed on first use; each check is a few anchored regex tests.
 */
import { PHONE_PLANS_RAW } from "../lexicon/phone-plans";

interface Plan {
  iso: string;
  cc: string;
  /** Anchored national-prefix rule ("^(?:0)"), or null when the country has no trunk prefix. */
  prefix: RegExp | null;
  transform: string;
  pattern: RegExp;
  lengths: ReadonlySet<number>;
}

interface Plans {
  byIso: Map<string, Plan>;
  byCc: Map<string, Plan[]>;
}

let plans: Plans | null = null;

/**
 * A pattern as make-phone-plans.ts stores it, back in regex syntax: "D" stands for \d and, unless
 * `groups`, every "(" opens a non-capturing group. National patterns are only tested, so they are
 * stored without "?:"; national-prefix rules keep their capturing groups (the transform reads them).
 */
export function expandPattern(stored: string, groups: boolean): string {
  const digits = stored.replace(/D/g, "\\d");
  return groups ? digits : digits.replace(/\((?!\?)/g, "(?:");
}

function load(): Plans {
  if (plans) return plans;
  const byIso = new Map<string, Plan>();
  const byCc = new Map<string, Plan[]>();
  for (const line of PHONE_PLANS_RAW.split("\n")) {
    const [iso = "", cc = "", trunk = "", forParsing = "", transform = "", pattern = "", lengths = ""] = line.split(";");
    const prefixSource = forParsing ? expandPattern(forParsing, true) : trunk;
    const plan: Plan = {
      iso,
      cc,
      prefix: prefixSource ? new RegExp(`^(?:${prefixSource})`) : null,
      transform,
      pattern: new RegExp(`^(?:${expandPattern(pattern, false)})$`),
      lengths: new Set(lengths.split(",").map(Number)),
    };
    if (iso) byIso.set(iso, plan);
    const list = byCc.get(cc);
    if (list) list.push(plan);
    else byCc.set(cc, [plan]);
  }
  plans = { byIso, byCc };
  return plans;
}

function matches(plan: Plan, national: string): boolean {
  return plan.lengths.has(national.length) && plan.pattern.test(national);
}

/** The national number with the trunk prefix parsed off, as libphonenumber's parser does. */
function withoutPrefix(plan: Plan, number: string): string | null {
  if (!plan.prefix) return null;
  const m = plan.prefix.exec(number);
  if (!m) return null;
  const last = m[m.length - 1];
  if (plan.transform && m.length > 1 && last) return number.replace(plan.prefix, plan.transform);
  return m[0].length > 0 ? number.slice(m[0].length) : null;
}

function fitsPlan(plan: Plan, number: string): boolean {
  const stripped = withoutPrefix(plan, number);
  return (stripped !== null && matches(plan, stripped)) || matches(plan, number);
}

/**
 * The national number of digits written after "+" (or "00") when they fit some country's plan,
 * or null: "33142685300" gives "142685300".
 */
export function internationalNational(digits: string): string | null {
  const { byCc } = load();
  // Calling codes are prefix-free, so the first code found is the only one.
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const list = byCc.get(digits.slice(0, len));
    if (!list) continue;
    const rest = digits.slice(len);
    // "+44 (0)20 ..." and "+44 020 ...": the trunk is written but not dialled.
    const national = rest.startsWith("0") ? rest.slice(1) : rest;
    for (const p of list) {
      if (matches(p, rest)) return rest;
      if (matches(p, national)) return national;
    }
    return null;
  }
  return null;
}

/** The first of `countries` (ISO codes) whose national numbers these digits fit, or null. */
export function fitsNational(digits: string, countries: readonly string[]): string | null {
  const { byIso } = load();
  for (const iso of countries) {
    const plan = byIso.get(iso);
    if (plan && fitsPlan(plan, digits)) return iso;
  }
  return null;
}

/**
 * Countries tried for a number written without a country code, most-posting first: the forum's
 * physicians write from these, and their patients' relatives live there. Every plan is still
 * consulted for "+" numbers. Only these countries' trunk rules are bundled: after changing the
 * list, re-run scripts/lexicon/make-phone-plans.ts.
 */
export const NATIONAL_CANDIDATES: readonly string[] = [
  "GB",
  "IE",
  "AU",
  "NZ",
  "CA",
  "US",
  "IN",
  "PK",
  "BD",
  "LK",
  "NG",
  "GH",
  "KE",
  "UG",
  "TZ",
  "ZA",
  "ZW",
  "EG",
  "MA",
  "FR",
  "BE",
  "CH",
  "LU",
  "DE",
  "AT",
  "NL",
  "ES",
  "PT",
  "IT",
  "GR",
  "PL",
  "CZ",
  "SE",
  "NO",
  "DK",
  "FI",
  "TR",
  "IL",
  "SA",
  "AE",
  "IR",
  "RU",
  "UA",
  "BR",
  "AR",
  "MX",
  "CO",
  "CL",
  "PE",
  "VE",
  "CN",
  "HK",
  "TW",
  "JP",
  "KR",
  "PH",
  "MY",
  "SG",
  "TH",
  "VN",
  "ID",
];
