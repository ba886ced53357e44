import { describe, expect, it } from "vitest";
import { mergeFaceBoxes } from "../../../src/client/images/detect";
import {
  boxesForSpan,
  fieldBreaks,
  layOutText,
  MIN_WORD_CONFIDENCE,
  padBox,
  paragraphsFromPage,
  regionMessage,
  regionsFromOcr,
  type OcrLine,
  type OcrParagraph,
  type OcrWord,
  type PhiScan,
} from "../../../src/client/images/ocr-regions";

/**
 * Lays words out left to right on one baseline, like a line of a label: each entry is the word and
 * the gap before it in pixels. Characters are `charWidth` wide, so a monospaced overlay is easy to
 * build; `confidence` applies to every word unless the entry gives its own.
 */
function line(
  y: number,
  entries: readonly (readonly [text: string, gapBefore: number, confidence?: number])[],
  { x = 10, charWidth = 12, height = 20, confidence = 95 } = {},
): OcrLine {
  let cursor = x;
  const words: OcrWord[] = entries.map(([text, gap, own]) => {
    const x0 = cursor + gap;
    const x1 = x0 + text.length * charWidth;
    cursor = x1;
    return { text, confidence: own ?? confidence, bbox: { x0, y0: y, x1, y1: y + height } };
  });
  return { words };
}

const paragraph = (...lines: OcrLine[]): OcrParagraph => ({ lines });
const SIZE = { width: 1000, height: 800 };

/** The film label of the brief, in a monospaced overlay font: two spaces between its fields. */
const filmLabel = line(30, [
  ["SMITH,", 0],
  ["JOHN", 12],
  ["DOB", 26],
  ["03/14/1961", 12],
  ["MRN", 26],
  ["00482913", 12],
]);

describe("fieldBreaks", () => {
  it("marks the double spaces between the fields of a monospaced label, not the single ones", () => {
    expect(fieldBreaks(filmLabel.words)).toEqual([false, true, false, true, false]);
  });

  it("marks a gap twice the line's word spacing in a proportional font", () => {
    const words = line(
      0,
      [
        ["Ward", 0],
        ["7B", 5],
        ["Bed", 12],
        ["4", 5],
      ],
      { charWidth: 10, height: 16 },
    ).words;
    expect(fieldBreaks(words)).toEqual([false, true, false]);
  });

  it("leaves evenly spaced prose alone", () => {
    const words = line(
      0,
      [
        ["portable", 0],
        ["chest", 6],
        ["film", 6],
        ["taken", 7],
        ["upright", 6],
      ],
      { charWidth: 10, height: 16 },
    ).words;
    expect(fieldBreaks(words)).toEqual([false, false, false, false]);
  });

  it("has nothing to say about a single word", () => {
    expect(fieldBreaks(line(0, [["L", 0]]).words)).toEqual([]);
  });
});

describe("layOutText", () => {
  it("joins words by spaces, lines by newlines and paragraphs by a blank line, keeping each word's offsets", () => {
    const laid = layOutText([
      paragraph(
        line(10, [
          ["SMITH,", 0],
          ["JOHN", 12],
        ]),
        line(40, [
          ["DOB", 0],
          ["03/14/1961", 12],
        ]),
      ),
      paragraph(
        line(700, [
          ["AP", 0],
          ["ERECT", 12],
        ]),
      ),
    ]);
    expect(laid.text).toBe("SMITH, JOHN\nDOB 03/14/1961\n\nAP ERECT");
    expect(laid.words.map((w) => laid.text.slice(w.start, w.end))).toEqual(["SMITH,", "JOHN", "DOB", "03/14/1961", "AP", "ERECT"]);
    expect(laid.words.map((w) => w.line)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("writes a field break as two spaces", () => {
    expect(layOutText([paragraph(filmLabel)]).text).toBe("SMITH, JOHN  DOB 03/14/1961  MRN 00482913");
  });

  it("drops words read with low confidence and marks with no letter or digit, and lines left empty", () => {
    const laid = layOutText([
      paragraph(
        line(10, [
          ["~|", 0],
          ["03/14/1961", 12, MIN_WORD_CONFIDENCE - 1],
        ]),
        line(40, [
          ["MRN", 0],
          ["—", 12],
          ["00482913", 12, MIN_WORD_CONFIDENCE],
        ]),
      ),
    ]);
    // The dash's place stays a gap, wide enough to read as a field break.
    expect(laid.text).toBe("MRN  00482913");
    expect(laid.words.map((w) => w.line)).toEqual([0, 0]);
  });

  it("lays out an empty page as empty text", () => {
    expect(layOutText([])).toEqual({ text: "", words: [] });
    expect(layOutText([paragraph({ words: [] })])).toEqual({ text: "", words: [] });
  });
});

describe("boxesForSpan", () => {
  const laid = layOutText([
    paragraph(
      line(10, [
        ["Jane", 0],
        ["Q.", 12],
        ["Public", 12],
      ]),
      line(40, [
        ["Springfield,", 0],
        ["IL", 12],
      ]),
    ),
  ]);
  const at = (needle: string) => {
    const start = laid.text.indexOf(needle);
    return [start, start + needle.length] as const;
  };

  it("covers one word with its own box", () => {
    expect(boxesForSpan(laid.words, ...at("Public"))).toEqual([{ x0: 106, y0: 10, x1: 178, y1: 30 }]);
  });

  it("covers several words of a line with one box spanning them", () => {
    expect(boxesForSpan(laid.words, ...at("Jane Q. Public"))).toEqual([{ x0: 10, y0: 10, x1: 178, y1: 30 }]);
  });

  it("gives one box per line when the span crosses a line break", () => {
    expect(boxesForSpan(laid.words, ...at("Public\nSpringfield"))).toEqual([
      { x0: 106, y0: 10, x1: 178, y1: 30 },
      { x0: 10, y0: 40, x1: 154, y1: 60 },
    ]);
  });

  it("covers a word whole when the span takes only part of it", () => {
    expect(boxesForSpan(laid.words, ...at("field"))).toEqual([{ x0: 10, y0: 40, x1: 154, y1: 60 }]);
  });

  it("covers nothing for a span on the separators alone", () => {
    const [start] = at("\n");
    expect(boxesForSpan(laid.words, start, start + 1)).toEqual([]);
  });
});

describe("padBox", () => {
  it("grows the box on every side and rounds outwards", () => {
    expect(padBox({ x0: 10.5, y0: 20.2, x1: 30.4, y1: 40.9 }, 4, SIZE)).toEqual({ x: 6, y: 16, width: 29, height: 29 });
  });

  it("stays inside the image", () => {
    expect(padBox({ x0: 2, y0: 790, x1: 998, y1: 799 }, 6, SIZE)).toEqual({ x: 0, y: 784, width: 1000, height: 16 });
  });
});

describe("regionMessage", () => {
  it("tells the member to cover a block and to cover or confirm a warning", () => {
    expect(regionMessage("name", "block")).toBe("A name: cover it.");
    expect(regionMessage("mrn", "block")).toBe("A medical record number: cover it.");
    expect(regionMessage("date", "warn")).toBe("This may be a date tied to the patient: cover it, or confirm it is not patient information.");
  });
});

describe("regionsFromOcr with the PHI scanner", () => {
  const covers = (region: { x: number; y: number; width: number; height: number }, word: OcrWord) =>
    region.x <= word.bbox.x0 && region.y <= word.bbox.y0 && region.x + region.width >= word.bbox.x1 && region.y + region.height >= word.bbox.y1;
  const wordOf = (l: OcrLine, text: string) => {
    const found = l.words.find((w) => w.text === text);
    if (!found) throw new Error(`no word ${text}`);
    return found;
  };

  it("turns the name, date of birth and MRN of a film label into block regions over those words", () => {
    const regions = regionsFromOcr([paragraph(filmLabel)], SIZE);
    expect(regions.every((r) => r.kind === "text" && r.level === "block")).toBe(true);
    expect(regions.map((r) => r.message)).toEqual(["A name: cover it.", "A date tied to the patient: cover it.", "A medical record number: cover it."]);
    const [name, date, mrn] = regions;
    expect(name && covers(name, wordOf(filmLabel, "SMITH,")) && covers(name, wordOf(filmLabel, "JOHN"))).toBe(true);
    expect(date && covers(date, wordOf(filmLabel, "03/14/1961"))).toBe(true);
    expect(mrn && covers(mrn, wordOf(filmLabel, "00482913"))).toBe(true);
    // The field labels themselves are not identifiers and stay uncovered.
    expect(mrn && covers(mrn, wordOf(filmLabel, "MRN"))).toBe(false);
  });

  it("finds nothing in view markers and projection labels", () => {
    const markers = [
      paragraph(line(20, [["L", 0]])),
      paragraph(
        line(760, [
          ["AP", 0],
          ["ERECT", 12],
        ]),
      ),
      paragraph(line(760, [["PORTABLE", 700]])),
    ];
    expect(regionsFromOcr(markers, SIZE)).toEqual([]);
  });

  it("maps a finding over two lines to one region per line, padded", () => {
    const twoLines = [
      paragraph(
        line(100, [
          ["a", 0],
          ["b", 12],
        ]),
        line(140, [["c", 0]]),
      ),
    ];
    const scan: PhiScan = (text) => [{ category: "address", start: text.indexOf("b"), end: text.indexOf("c") + 1, level: "warn", message: "" }];
    const regions = regionsFromOcr(twoLines, SIZE, scan);
    expect(regions).toEqual([
      { x: 30, y: 96, width: 20, height: 28, kind: "text", level: "warn", message: regionMessage("address", "warn") },
      { x: 6, y: 136, width: 20, height: 28, kind: "text", level: "warn", message: regionMessage("address", "warn") },
    ]);
  });

  it("reports words two findings share once, at the stronger level", () => {
    const words = [paragraph(line(100, [["x", 0]]))];
    const scan: PhiScan = () => [
      { category: "other_id", start: 0, end: 1, level: "warn", message: "" },
      { category: "mrn", start: 0, end: 1, level: "block", message: "" },
      { category: "date", start: 0, end: 1, level: "warn", message: "" },
    ];
    expect(regionsFromOcr(words, SIZE, scan)).toEqual([{ x: 6, y: 96, width: 20, height: 28, kind: "text", level: "block", message: "A medical record number: cover it." }]);
  });

  it("does not scan an image with no text", () => {
    const scan: PhiScan = () => {
      throw new Error("scanned");
    };
    expect(regionsFromOcr([], SIZE, scan)).toEqual([]);
  });
});

describe("paragraphsFromPage", () => {
  it("flattens tesseract's blocks into their paragraphs, in order", () => {
    const a = line(0, [["a", 0]]);
    const b = line(50, [["b", 0]]);
    const c = line(90, [["c", 0]]);
    expect(paragraphsFromPage({ blocks: [{ paragraphs: [{ lines: [a] }, { lines: [b] }] }, { paragraphs: [{ lines: [c] }] }] })).toEqual([
      { lines: [a] },
      { lines: [b] },
      { lines: [c] },
    ]);
    expect(paragraphsFromPage({ blocks: null })).toEqual([]);
  });
});

describe("mergeFaceBoxes (detect.ts: the face passes at two scales)", () => {
  it("keeps faces that do not overlap apart, strongest first", () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 100, score: 0.5 },
      { x: 300, y: 0, width: 100, height: 100, score: 0.9 },
    ];
    expect(mergeFaceBoxes(boxes)).toEqual([boxes[1], boxes[0]]);
  });

  it("makes one box spanning both when two passes saw the same face", () => {
    const merged = mergeFaceBoxes([
      { x: 100, y: 100, width: 100, height: 120, score: 0.6 },
      { x: 110, y: 90, width: 110, height: 110, score: 0.8 },
    ]);
    expect(merged).toEqual([{ x: 100, y: 90, width: 120, height: 130, score: 0.8 }]);
  });

  it("counts a small box mostly inside a big one as the same face, but not a slight overlap", () => {
    expect(
      mergeFaceBoxes([
        { x: 0, y: 0, width: 200, height: 200, score: 0.7 },
        { x: 50, y: 50, width: 60, height: 60, score: 0.5 },
      ]),
    ).toHaveLength(1);
    expect(
      mergeFaceBoxes([
        { x: 0, y: 0, width: 100, height: 100, score: 0.7 },
        { x: 80, y: 0, width: 100, height: 100, score: 0.5 },
      ]),
    ).toHaveLength(2);
  });

  it("leaves its input untouched", () => {
    const boxes = [
      { x: 0, y: 0, width: 100, height: 100, score: 0.9 },
      { x: 10, y: 10, width: 100, height: 100, score: 0.5 },
    ];
    const copy = structuredClone(boxes);
    mergeFaceBoxes(boxes);
    expect(boxes).toEqual(copy);
  });
});
