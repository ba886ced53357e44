/**
 * From recognised text to regions to cover: lays the OCR words out as plain text, runs the same PHI
 * scanner posts go through (scanForPhi, same levels), and maps each finding's character span back
 * to the pixels of the words it covers. No DOM and no OCR engine here, so the browser (detect.ts)
 * and the Node tests (tests/unit/images/ocr-regions.test.ts, tests/integration/images/ocr.test.ts)
 * share exactly this step.
 *
 * The rule is the text rule: a region exists only where the scanner finds something in the text;
 * nothing is flagged for merely looking like a label.
 */
import { scanForPhi, type PhiCategory, type PhiFinding, type PhiLevel } from "../../server/privacy/index";
import { nounFor } from "../../server/privacy/messages";
import type { DetectedRegion } from "./detect";

/** A bounding box as tesseract reports it: inclusive-exclusive pixel edges, origin top left. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** Tesseract's confidence, 0-100. */
  confidence: number;
  bbox: OcrBox;
}

export interface OcrLine {
  words: readonly OcrWord[];
}

/** Lines tesseract grouped together (a text block); separate paragraphs are unrelated text. */
export interface OcrParagraph {
  lines: readonly OcrLine[];
}

/** The part of tesseract's `Page` (recognize(..., { blocks: true })) this module reads. */
export interface OcrPageLike {
  blocks: readonly { paragraphs: readonly { lines: readonly OcrLine[] }[] }[] | null;
}

/**
 * Words tesseract is less sure of than this are texture read as glyphs (film grain, a trabecular
 * pattern, a ruler's ticks), not text: left out, so noise never turns into a "date" on the lung.
 * Real text, even small or slightly blurred, scores well above it.
 */
export const MIN_WORD_CONFIDENCE = 30;

/** A word placed in the laid-out text: `text.slice(start, end)` is the word. */
export interface PlacedWord {
  start: number;
  end: number;
  /** Index of its line across the whole page, so spans can be split per line. */
  line: number;
  bbox: OcrBox;
}

export interface OcrText {
  text: string;
  words: PlacedWord[];
}

export interface ImageSize {
  width: number;
  height: number;
}

export type PhiScan = (text: string) => readonly PhiFinding[];

/** Every word of the page, in tesseract's reading order, grouped as tesseract grouped them. */
export function paragraphsFromPage(page: OcrPageLike): OcrParagraph[] {
  const paragraphs: OcrParagraph[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) paragraphs.push({ lines: paragraph.lines });
  }
  return paragraphs;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isText(word: OcrWord): boolean {
  return word.confidence >= MIN_WORD_CONFIDENCE && HAS_LETTER_OR_DIGIT.test(word.text);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * For each gap between consecutive words of a line, whether it separates two fields rather than
 * two words: labels and banners are written "SMITH, JOHN   DOB 03/14/1961   MRN 00482913", and the
 * scanner reads a field break like a line break. A gap is a field break when it is clearly wider
 * than the line's own word spacing (1.6 × its narrowest gap; proportional fonts), or wider than
 * 1.6 average characters (monospaced overlays, where one space is already a full character).
 */
export function fieldBreaks(words: readonly OcrWord[]): boolean[] {
  const gaps: number[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const left = words[i];
    const right = words[i + 1];
    if (left && right) gaps.push(right.bbox.x0 - left.bbox.x1);
  }
  if (gaps.length === 0) return [];
  const height = median(words.map((w) => w.bbox.y1 - w.bbox.y0));
  const characters = words.reduce((n, w) => n + [...w.text].length, 0);
  const inked = words.reduce((n, w) => n + (w.bbox.x1 - w.bbox.x0), 0);
  const characterWidth = characters > 0 ? inked / characters : height / 2;
  // The narrowest gap is the word spacing, but never below a quarter of the line height: a comma's
  // tight box must not make every ordinary space look wide.
  const wordSpacing = Math.max(Math.min(...gaps), height / 4);
  return gaps.map((gap) => (gap >= 1.6 * wordSpacing && gap >= height / 2) || gap >= 1.6 * characterWidth);
}

/**
 * The page as the scanner reads it: words of a line joined by one space (two at a field break),
 * lines by a newline, paragraphs by a blank line; each word's offsets and box are kept.
 */
export function layOutText(paragraphs: readonly OcrParagraph[]): OcrText {
  let text = "";
  const words: PlacedWord[] = [];
  let lineIndex = 0;
  let previousParagraph = -1;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const line of paragraph.lines) {
      const kept = line.words.filter(isText);
      if (kept.length === 0) continue;
      if (text.length > 0) text += paragraphIndex === previousParagraph ? "\n" : "\n\n";
      previousParagraph = paragraphIndex;
      const breaks = fieldBreaks(kept);
      kept.forEach((word, i) => {
        if (i > 0) text += breaks[i - 1] ? "  " : " ";
        const start = text.length;
        text += word.text;
        words.push({ start, end: text.length, line: lineIndex, bbox: word.bbox });
      });
      lineIndex++;
    }
  });
  return { text, words };
}

/**
 * The boxes covering the characters [start, end) of the laid-out text: one per line the span
 * crosses, each the union of the boxes of the words it touches (a word touched in part is covered
 * whole). Lines come in reading order.
 */
export function boxesForSpan(words: readonly PlacedWord[], start: number, end: number): OcrBox[] {
  const byLine = new Map<number, OcrBox>();
  for (const word of words) {
    if (word.end <= start || word.start >= end) continue;
    const box = byLine.get(word.line);
    byLine.set(
      word.line,
      box
        ? {
            x0: Math.min(box.x0, word.bbox.x0),
            y0: Math.min(box.y0, word.bbox.y0),
            x1: Math.max(box.x1, word.bbox.x1),
            y1: Math.max(box.y1, word.bbox.y1),
          }
        : { ...word.bbox },
    );
  }
  return [...byLine.entries()].sort(([a], [b]) => a - b).map(([, box]) => box);
}

/**
 * `box` grown by `pad` pixels on every side, rounded outwards to whole pixels and kept inside the
 * image. Text boxes from OCR hug the glyphs; anti-aliasing and the glyph edges tesseract trims
 * stick out by a pixel or two, and a cover must hide them too.
 */
export function padBox(box: OcrBox, pad: number, size: ImageSize): { x: number; y: number; width: number; height: number } {
  const x0 = Math.max(0, Math.floor(box.x0 - pad));
  const y0 = Math.max(0, Math.floor(box.y0 - pad));
  const x1 = Math.min(size.width, Math.ceil(box.x1 + pad));
  const y1 = Math.min(size.height, Math.ceil(box.y1 + pad));
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** Padding for a line of text: a fifth of its height, at least 4 px. */
export function textPadding(box: OcrBox): number {
  return Math.max(4, Math.ceil((box.y1 - box.y0) / 5));
}

/** "A name: cover it." for a block; a warn names what it may be and how to keep it. */
export function regionMessage(category: PhiCategory, level: PhiLevel): string {
  const noun = nounFor(category);
  if (level === "block") return `${noun.charAt(0).toUpperCase()}${noun.slice(1)}: cover it.`;
  return `This may be ${noun}: cover it, or confirm it is not patient information.`;
}

/**
 * The text regions of a recognised page: for each scanner finding, one region per line it spans,
 * with the finding's level. Identical regions (two findings on the same words) are reported once,
 * keeping the stronger level.
 */
export function regionsFromOcr(paragraphs: readonly OcrParagraph[], size: ImageSize, scan: PhiScan = (text) => scanForPhi(text)): DetectedRegion[] {
  const { text, words } = layOutText(paragraphs);
  if (text.length === 0) return [];
  const regions = new Map<string, DetectedRegion>();
  for (const finding of scan(text)) {
    for (const box of boxesForSpan(words, finding.start, finding.end)) {
      const rect = padBox(box, textPadding(box), size);
      if (rect.width === 0 || rect.height === 0) continue;
      const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
      const existing = regions.get(key);
      if (existing && (existing.level === "block" || finding.level === "warn")) continue;
      regions.set(key, { ...rect, kind: "text", level: finding.level, message: regionMessage(finding.category, finding.level) });
    }
  }
  return [...regions.values()];
}
