/**
 * The scanner entry point: runs every detector, drops findings inside allowed clinical text,
 * merges overlapping findings and attaches the message the physician sees.
 *
 * Pure TypeScript with no I/O: the same module runs in workerd (write-path enforcement), in Node
 * (scripts, tests) and in the browser (live highlighting in the compose form).
 */
import { detectTownWithCode } from "./detectors/address-town-code";
import { detectWeekdayNumericDates } from "./detectors/dates-weekday-numeric";
import { detectNamesAfterDescriptor } from "./detectors/names-after-descriptor";
import { detectCapsFamilyGiven } from "./detectors/names-registry-caps";
import { protectedSpans, isPublicReferenceUrl, type Span } from "./clinical-allowlist";
import { detectAddresses } from "./detectors/addresses";
import { detectAges } from "./detectors/ages";
import { detectContact } from "./detectors/contact";
import { detectDates } from "./detectors/dates";
import { detectIdentifiers } from "./detectors/identifiers";
import { detectLabelledValues } from "./detectors/labelled-values";
import { detectNames } from "./detectors/names";
import { detectQuasiIdentifiers } from "./detectors/quasi-identifiers";
import { findUrls } from "./detectors/url-scan";
import { crossFindings } from "./cross-findings";
import { messageFor } from "./messages";
import { originalSpan, readerView } from "./reader-view";
import type { Detector, PhiFinding, RawFinding, ScanContext, ScanOptions } from "./types";

const DETECTORS: readonly Detector[] = [
  detectContact,
  detectIdentifiers,
  detectDates,
  detectAges,
  detectAddresses,
  detectNames,
  detectCapsFamilyGiven,
  detectNamesAfterDescriptor,
  detectWeekdayNumericDates,
  detectTownWithCode,
  detectLabelledValues,
  detectQuasiIdentifiers,
];

/**
 * Answers "is [start, end) inside one of these spans?" in O(log n) per query: spans sorted by start
 * with a running maximum of their ends.
 */
class Containment {
  private readonly starts: number[];
  private readonly maxEnds: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnds = [];
    let max = -1;
    for (const s of sorted) {
      max = Math.max(max, s.end);
      this.maxEnds.push(max);
    }
  }

  contains(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? Infinity) <= start) {
        idx = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return idx >= 0 && (this.maxEnds[idx] ?? -1) >= end;
  }
}

const LEVEL_RANK = { block: 1, warn: 0 } as const;

/** True when `a` should give the merged finding its category. */
function stronger(a: RawFinding, b: RawFinding): boolean {
  if (LEVEL_RANK[a.level] !== LEVEL_RANK[b.level]) return LEVEL_RANK[a.level] > LEVEL_RANK[b.level];
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.end - a.start > b.end - b.start;
}

/**
 * Merges overlapping findings into one: the span is their union, the level is block if any is,
 * and the category comes from the strongest. Findings that only touch stay separate.
 */
function mergeOverlapping(findings: RawFinding[]): RawFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawFinding[] = [];
  let current: RawFinding | null = null;
  for (const f of sorted) {
    if (current && f.start < current.end) {
      const best: RawFinding = stronger(f, current) ? f : current;
      current = {
        category: best.category,
        start: current.start,
        end: Math.max(current.end, f.end),
        level: current.level === "block" || f.level === "block" ? "block" : "warn",
        priority: Math.max(current.priority, f.priority),
        ...(best.message ? { message: best.message } : {}),
      };
    } else {
      if (current) merged.push(current);
      current = { ...f };
    }
  }
  if (current) merged.push(current);
  return merged;
}

/**
 * Scans text for patient identifiers (HIPAA Safe Harbor). Findings are sorted by start, do not
 * overlap, and `text.slice(start, end)` is exactly the flagged text of the original.
 */
export function scanForPhi(original: string, options: ScanOptions = {}): PhiFinding[] {
  if (original.length === 0) return [];
  // Detectors read the text as it will be seen (reader-view.ts); findings are mapped back.
  const view = readerView(original);
  const text = view.text;
  const ctx: ScanContext = {
    text,
    referenceYear: options.referenceYear ?? new Date().getUTCFullYear(),
  };
  const raw: RawFinding[] = [];
  for (const detect of DETECTORS) raw.push(...detect(ctx));

  // Public links are allowed text too: nothing inside a journal or guideline URL is reported.
  const allowed = protectedSpans(text);
  for (const u of findUrls(text)) {
    if (isPublicReferenceUrl(text.slice(u.start, u.end))) allowed.push(u);
  }
  const allowedIndex = new Containment(allowed);
  const containers = new Containment(raw.filter((f) => f.container));
  const serviceLines = new Containment(raw.filter((f) => f.serviceLine));
  const keep = (f: RawFinding) =>
    f.end > f.start &&
    !allowedIndex.contains(f.start, f.end) &&
    (f.container || !containers.contains(f.start, f.end)) &&
    !(f.yieldsToPhone && serviceLines.contains(f.start, f.end));
  const kept = raw.filter(keep);
  // Read from the findings that survive: an allowed eponym ("Kaplan Meier (95)") reveals nothing.
  kept.push(...crossFindings(text, kept).filter(keep));

  return mergeOverlapping(kept).map((f) => ({
    category: f.category,
    ...originalSpan(view, f.start, f.end),
    level: f.level,
    message: f.message ?? messageFor(f.category, f.level),
  }));
}
