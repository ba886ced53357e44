/**
 * Month and weekday names of every language the runtime knows, read from its own Intl (ICU) data
 * instead of word lists: a day next to one of them ("le 3 mars", "12 de agosto", "3 марта",
 * "14 Μαρτίου", "március 3.", "3 Farvardin") is a date in any of these languages.
 *
 * Built once, at first use, from LOCALES (all major scripts, plus the Hijri, Persian, Hebrew and
 * Ethiopic calendars), lower-cased, accents kept and also folded, into a Set: the date detector
 * reads the word next to a day number and looks it up, so the scan stays one pass of a short regex
 * whatever the number of names (a regex alternation of ~1,500 names, tried at every word, was
 * three times slower than the whole scanner).
 *
 * English names are left out: English dates keep their own, cue-based rules. Latin-script short
 * forms of three letters ("mar", "out", "set") are left out too: they are common words.
 * Transliterated calendar months need five letters ("Tir", "Mehr", "Dey" are words).
 *
 * Node 20, browsers and workerd ship full ICU data. With small-icu (only English names) the
 * caller's own list stays in force: `intlMonthNames()` returns null then.
 */

const LOCALES = [
  "fr",
  "de",
  "es",
  "pt",
  "it",
  "nl",
  "ca",
  "gl",
  "eu",
  "ro",
  "pl",
  "cs",
  "sk",
  "sl",
  "hr",
  "sr-Latn",
  "bs",
  "hu",
  "fi",
  "et",
  "lv",
  "lt",
  "sv",
  "da",
  "nb",
  "is",
  "ga",
  "cy",
  "sq",
  "tr",
  "az",
  "uz",
  "id",
  "ms",
  "fil",
  "sw",
  "af",
  "ha",
  "yo",
  "zu",
  "so",
  "vi",
  "ru",
  "uk",
  "be",
  "bg",
  "mk",
  "sr",
  "kk",
  "el",
  "hy",
  "ka",
  "he",
  "ar",
  "fa",
  "fa-u-ca-gregory",
  "ps",
  "ur",
  "hi",
  "bn",
  "pa",
  "gu",
  "mr",
  "ta",
  "te",
  "kn",
  "ml",
  "si",
  "ne",
  "th",
  "lo",
  "km",
  "my",
  "am",
  "ti",
  "mn",
  "ar-u-ca-islamic",
  "tr-u-ca-islamic",
  "id-u-ca-islamic",
  "ms-u-ca-islamic",
  "he-u-ca-hebrew",
  "am-u-ca-ethiopic",
];
/** Calendars whose month names English writes in transliteration ("Muharram", "Farvardin"). */
const TRANSLITERATED = ["en-u-ca-islamic", "en-u-ca-persian", "en-u-ca-hebrew", "en-u-ca-ethiopic"];

const DAY = 86_400_000;
/**
 * One day of each month: the 15th of the 12 Gregorian months (their weekdays cover the week), or a
 * fortnightly walk over a year for other calendars.
 */
function sampleDays(locale: string): Date[] {
  const start = Date.UTC(2021, 0, 15);
  if (!locale.includes("-u-ca-") && locale !== "fa") return Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 15)));
  return Array.from({ length: 28 }, (_, i) => new Date(start + i * 14 * DAY));
}

const LATIN = /\p{Script=Latin}/u;
const FOLDABLE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/** The lower-cased name, without a trailing abbreviation dot; "" when it is unusable. */
function clean(raw: string, short: boolean, transliterated: boolean): string {
  const name = raw.toLowerCase().replace(/\.$/, "").trim();
  if (!name || /\d/.test(name)) return "";
  const letters = name.replace(/[^\p{L}]/gu, "").length;
  if (LATIN.test(name) && (letters < 3 || (short && letters < 4) || (transliterated && letters < 5))) return "";
  return name;
}

interface Names {
  month: Set<string>;
  weekday: Set<string>;
}

/**
 * Three formatters per locale (creating one costs far more than formatting with it): long month
 * and weekday in a date (the genitive "марта", "stycznia"), the long month alone (the nominative
 * "март", "styczeń"), and the short month and weekday in a date.
 */
const STYLES: ReadonlyArray<[Intl.DateTimeFormatOptions, boolean]> = [
  [{ weekday: "long", month: "long", day: "numeric" }, false],
  [{ month: "long" }, false],
  [{ weekday: "short", month: "short", day: "numeric" }, true],
];

function collect(): Names | null {
  const english: Names = { month: new Set(), weekday: new Set() };
  const out: Names = { month: new Set(), weekday: new Set() };
  const add = (locale: string, into: Names, transliterated: boolean): void => {
    for (const [options, short] of STYLES) {
      const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
      for (const d of sampleDays(locale)) {
        for (const p of f.formatToParts(d)) {
          if (p.type !== "month" && p.type !== "weekday") continue;
          const name = clean(p.value, short, transliterated && p.type === "month");
          if (!name) continue;
          into[p.type].add(name);
          if (FOLDABLE.test(name)) into[p.type].add(name.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC"));
        }
      }
    }
  };
  add("en", english, false);
  // small-icu: other locales fall back to English, so French shows no name of its own.
  const probe = new Intl.DateTimeFormat("fr", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2021, 2, 15)));
  if (probe.toLowerCase() !== "mars") return null;
  for (const l of LOCALES) add(l, out, false);
  for (const l of TRANSLITERATED) add(l, out, true);
  for (const kind of ["month", "weekday"] as const) for (const e of english[kind]) out[kind].delete(e);
  return out;
}

let names: Names | null | undefined;

function built(): Names | null {
  if (names === undefined) {
    try {
      names = collect();
    } catch {
      names = null; // no Intl at all
    }
  }
  return names;
}

/** Month names (lower-cased, no trailing dot) of every listed language, or null with small-icu. */
export function intlMonthNames(): ReadonlySet<string> | null {
  return built()?.month ?? null;
}

/** The same for weekday names. */
export function intlWeekdayNames(): ReadonlySet<string> | null {
  return built()?.weekday ?? null;
}
