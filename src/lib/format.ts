const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600_000],
  ["month", 30 * 24 * 3600_000],
  ["week", 7 * 24 * 3600_000],
  ["day", 24 * 3600_000],
  ["hour", 3600_000],
  ["minute", 60_000],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });

/**
 * Phrases already formatted by this isolate, by unit and count ("hour:-3"): a feed or thread
 * shows a few dozen, from a small set (a count per unit), and Intl's format call was the larger
 * part of each (issue 15's profile). Only strings are kept; the cap bounds the map.
 */
const phrases = new Map<string, string>();
const MAX_CACHED_PHRASES = 1024;

/** "3 hr. ago", "yesterday": rendered on the server, so no client script is needed. */
export function formatRelativeTime(timestampMs: number, nowMs: number): string {
  const elapsed = nowMs - timestampMs;
  for (const [unit, size] of units) {
    if (Math.abs(elapsed) >= size) {
      const count = -Math.round(elapsed / size);
      const key = `${unit}:${count}`;
      let phrase = phrases.get(key);
      if (phrase === undefined) {
        phrase = relative.format(count, unit);
        if (phrases.size < MAX_CACHED_PHRASES) phrases.set(key, phrase);
      }
      return phrase;
    }
  }
  return "just now";
}

/** One formatter for the isolate: `toLocaleString("en-US")` builds an Intl formatter per call (per list item). */
const countFormat = new Intl.NumberFormat("en-US");

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  // Below a thousand en-US adds no separator: the digits themselves, without an Intl call.
  const digits = Number.isInteger(count) && count > -1000 && count < 1000 ? String(count) : countFormat.format(count);
  return `${digits} ${count === 1 ? singular : plural}`;
}

/** A settled flag as moderators read it: "dismissed", "upheld (hidden)"; an outcome that only repeats the status is said once. */
export function flagStatusText(status: string, outcome: string | null): string {
  return outcome && outcome !== status ? `${status} (${outcome})` : status;
}
