const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600_000],
  ["month", 30 * 24 * 3600_000],
  ["week", 7 * 24 * 3600_000],
  ["day", 24 * 3600_000],
  ["hour", 3600_000],
  ["minute", 60_000],
];

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto", style: "short" });

/** "3 hr. ago", "yesterday": rendered on the server, so no client script is needed. */
export function formatRelativeTime(timestampMs: number, nowMs: number): string {
  const elapsed = nowMs - timestampMs;
  for (const [unit, size] of units) {
    if (Math.abs(elapsed) >= size) return relative.format(-Math.round(elapsed / size), unit);
  }
  return "just now";
}

/** One formatter for the isolate: `toLocaleString("en-US")` builds an Intl formatter per call (per list item). */
const countFormat = new Intl.NumberFormat("en-US");

export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${countFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/** A settled flag as moderators read it: "dismissed", "upheld (hidden)"; an outcome that only repeats the status is said once. */
export function flagStatusText(status: string, outcome: string | null): string {
  return outcome && outcome !== status ? `${status} (${outcome})` : status;
}
