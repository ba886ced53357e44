/** A piece of text, marked when it is a flagged span. Shared by the server page and the browser. */
export interface TextSegment {
  text: string;
  mark?: { level: "block" | "warn"; message: string; category: string };
}

/**
 * Splits text around non-overlapping spans (sorted or not), so a page can render each flagged
 * part inside <mark> while everything stays escaped text.
 */
export function segmentText(text: string, spans: readonly { start: number; end: number; level: "block" | "warn"; message: string; category: string }[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), mark: { level: span.level, message: span.message, category: span.category } });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
