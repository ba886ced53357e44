/**
 * The redaction editor (issue 13): a member attaches an image, covers what identifies a patient
 * (opaque box or pixelation), rotates and crops, and gets back a re-encoded, metadata-free image
 * and thumbnail. Loaded only by a dynamic import() from the composer once an image is attached.
 *
 * Rules this module guarantees:
 * - Redaction is burned into the pixels of the one canvas that gets encoded; nothing is kept as a
 *   layer beside it. Edits are a list of operations replayed from the decoded image, so undo
 *   needs no pixel snapshots (a 3000 px image is 36 MB per copy).
 * - Detection runs on the pixels that will be posted (after every redaction, rotation and crop),
 *   again after each change. "Use this image" waits for the check of the current pixels, and
 *   works only when every block-level finding is covered, every uncovered face has the consent
 *   box ticked, and, when detection failed, the member ticked that they checked it themselves.
 * - Nothing is logged, nothing is fetched from another host, recognised text is never shown.
 */
import { MAX_IMAGE_EDGE } from "../../server/images/image-rules";
import type { DetectedRegion } from "./detect";
import { EncodeError, encodeForUpload, scaledCanvas, type EncodedImage } from "./encode";
import {
  clampRect,
  clientToImage,
  coveredFraction,
  defaultRect,
  fitWithin,
  inflate,
  isEmpty,
  keyStep,
  moveRect,
  pixelBlockSize,
  pixelCells,
  pixelRect,
  rectAfter,
  rectFromPoints,
  replayGeometry,
  resizeRect,
  rotationMatrix,
  sizeAfter,
  type Operation,
  type Point,
  type Rect,
  type Size,
  type Turn,
} from "./geometry";

// Types only: the detector itself (tesseract.js, face-api) loads by import("./detect") when the
// first check runs, unless one is injected (tests, or a caller that has it already).
type DetectIdentifiers = typeof import("./detect").detectIdentifiers;

/** The re-encoded image and thumbnail (encode.ts), and what the member confirmed in the editor. */
export interface EditedImage extends EncodedImage {
  /** The member confirmed the patient consented to an uncovered face (recorded by the server without the image). */
  faceConsent: boolean;
}

export interface ImageEditorOptions {
  detect?: DetectIdentifiers;
}

/**
 * The only error openImageEditor rejects with: the file cannot be opened here. The message is a
 * sentence for the member (show it as is).
 */
export class ImageEditorRefusal extends Error {
  override name = "ImageEditorRefusal";
}

/** Larger files are refused before decoding: a decompression bomb must not take the tab down. */
const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Share of a finding's area that redaction must cover for it to count as covered. */
const COVERED = 0.9;
/** Quiet time after an edit before detection runs again (OCR is seconds of CPU on a phone). */
const REDETECT_DELAY_MS = 700;
/** Drags shorter than this (CSS px) are taps, not rectangles. */
const MIN_DRAG_PX = 4;
const MIN_CROP_PX = 16;

type Tool = "box" | "pixelate" | "crop";
type CheckState = "pending" | "running" | "done" | "failed";

interface Decoded {
  source: CanvasImageSource;
  size: Size;
  release: () => void;
}

let editorCount = 0;

export async function openImageEditor(file: File, host: HTMLElement, options: ImageEditorOptions = {}): Promise<EditedImage | null> {
  if (file.size === 0) throw new ImageEditorRefusal("This file is empty. Attach a JPEG, PNG or WebP image.");
  if (file.size > MAX_INPUT_BYTES) {
    throw new ImageEditorRefusal("This file is over 50 MB. Export a smaller JPEG or PNG and attach that.");
  }
  const decoded = await decode(file);
  // The working image: orientation applied, long edge within the upload limit (the output never
  // needs more), so every later canvas is at most 3000 × 3000.
  let base: HTMLCanvasElement;
  try {
    base = scaledCanvas(decoded.source, decoded.size, fitWithin(decoded.size, MAX_IMAGE_EDGE), false);
  } catch {
    throw new ImageEditorRefusal("This browser could not open an image this large. Export a smaller JPEG or PNG and attach that.");
  } finally {
    decoded.release();
  }
  return new Promise<EditedImage | null>((resolve, reject) => {
    try {
      new Editor(base, host, options, resolve).open();
    } catch {
      reject(new ImageEditorRefusal("The image editor could not open in this browser. Try another browser."));
    }
  });
}

async function decode(file: File): Promise<Decoded> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    if (bitmap.width > 0 && bitmap.height > 0) {
      return { source: bitmap, size: { width: bitmap.width, height: bitmap.height }, release: () => bitmap.close() };
    }
    bitmap.close();
  } catch {
    // Some browsers decode more through <img> than through createImageBitmap (or reject the
    // options): try that before refusing.
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode();
    if (image.naturalWidth > 0 && image.naturalHeight > 0) {
      return {
        source: image,
        size: { width: image.naturalWidth, height: image.naturalHeight },
        release: () => URL.revokeObjectURL(url),
      };
    }
  } catch {
    // Refused below.
  }
  URL.revokeObjectURL(url);
  throw new ImageEditorRefusal("This browser can't open this file as a picture. Attach a JPEG, PNG or WebP image (export scans and DICOM studies as JPEG or PNG first).");
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  // Read back by pixelation and by every detection run: a CPU-backed canvas avoids GPU readbacks.
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("2D canvas unavailable");
  return context;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<Record<string, string>> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  return node;
}

/** Burns one operation into `canvas` (in place; rotate and crop resize it). */
function applyOperation(canvas: HTMLCanvasElement, operation: Operation): void {
  const size: Size = { width: canvas.width, height: canvas.height };
  const context = context2d(canvas);
  if (operation.kind === "box") {
    const rect = pixelRect(operation.rect, size);
    if (isEmpty(rect)) return;
    context.save();
    context.globalAlpha = 1;
    context.globalCompositeOperation = "source-over";
    context.fillStyle = "#000";
    context.fillRect(rect.x, rect.y, rect.width, rect.height);
    context.restore();
    return;
  }
  if (operation.kind === "pixelate") {
    const rect = pixelRect(operation.rect, size);
    if (isEmpty(rect)) return;
    pixelate(context, rect);
    return;
  }
  const copy = document.createElement("canvas");
  copy.width = size.width;
  copy.height = size.height;
  context2d(copy).drawImage(canvas, 0, 0);
  const next = sizeAfter(operation, size);
  canvas.width = next.width;
  canvas.height = next.height;
  const target = context2d(canvas);
  if (operation.kind === "rotate") {
    target.setTransform(...rotationMatrix(size, operation.turn));
    target.drawImage(copy, 0, 0);
    target.setTransform(1, 0, 0, 1, 0, 0);
  } else {
    const crop = pixelRect(operation.rect, size);
    target.drawImage(copy, crop.x, crop.y, crop.width, crop.height, 0, 0, crop.width, crop.height);
  }
  copy.width = 0;
  copy.height = 0;
}

/** Replaces each block of `rect` by its average colour (blocks from geometry.pixelCells). */
function pixelate(context: CanvasRenderingContext2D, rect: Rect): void {
  const image = context.getImageData(rect.x, rect.y, rect.width, rect.height);
  const data = image.data;
  const local: Rect = { x: 0, y: 0, width: rect.width, height: rect.height };
  for (const cell of pixelCells(local, pixelBlockSize(rect))) {
    const sum = [0, 0, 0, 0];
    for (let y = cell.y; y < cell.y + cell.height; y++) {
      for (let x = cell.x; x < cell.x + cell.width; x++) {
        const at = (y * rect.width + x) * 4;
        for (let c = 0; c < 4; c++) sum[c] = (sum[c] ?? 0) + (data[at + c] ?? 0);
      }
    }
    const count = cell.width * cell.height;
    const average = sum.map((value) => Math.round(value / count));
    for (let y = cell.y; y < cell.y + cell.height; y++) {
      for (let x = cell.x; x < cell.x + cell.width; x++) {
        const at = (y * rect.width + x) * 4;
        for (let c = 0; c < 4; c++) data[at + c] = average[c] ?? 0;
      }
    }
  }
  context.putImageData(image, rect.x, rect.y);
}

const percent = (value: number, total: number): string => `${((value / total) * 100).toFixed(4)}%`;

class Editor {
  private readonly id = `image-editor-${++editorCount}`;
  private readonly dialog: HTMLDialogElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly overlay: HTMLDivElement;
  private readonly status: HTMLElement;
  private readonly rectStatus: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly findings: HTMLOListElement;
  private readonly findingsSummary: HTMLElement;
  private readonly consentLabel: HTMLLabelElement;
  private readonly consent: HTMLInputElement;
  private readonly selfCheckLabel: HTMLLabelElement;
  private readonly selfCheck: HTMLInputElement;
  private readonly toolButtons = new Map<Tool, HTMLButtonElement>();
  private readonly useButton: HTMLButtonElement;

  private operations: Operation[] = [];
  private size: Size;
  private tool: Tool = "box";
  private pending: Rect | null = null;
  private drag: { pointerId: number; start: Point; startClient: Point } | null = null;

  private regions: DetectedRegion[] = [];
  private check: CheckState = "pending";
  /** Bumped on every pixel change; a detection result for an older generation is dropped. */
  private generation = 0;
  private checkedGeneration = -1;
  private detectTimer: ReturnType<typeof setTimeout> | undefined;
  private rectTimer: ReturnType<typeof setTimeout> | undefined;
  /** Aborts the running check when the editor closes (not on edits: that restarts the OCR engine). */
  private readonly abort = new AbortController();
  private running = false;
  /** Newer pixels are waiting for a check that starts when the running one ends. */
  private wanted = false;
  private checkWaiters: Array<() => void> = [];
  private lastStage = "";
  private finishing = false;
  /** While encoding, the canvas must not change under toBlob: edits are ignored. */
  private encoding = false;
  private settled = false;

  constructor(
    private readonly base: HTMLCanvasElement,
    private readonly host: HTMLElement,
    private readonly options: ImageEditorOptions,
    private readonly resolve: (value: EditedImage | null) => void,
  ) {
    this.size = { width: base.width, height: base.height };
    const id = this.id;

    this.canvas = element("canvas", {
      class: "ie-canvas",
      tabindex: "0",
      // role=application: screen readers pass the arrow keys through instead of reading on.
      role: "application",
      "aria-roledescription": "image editor",
      "aria-label": "The image. Drag to draw a rectangle, or use the arrow keys.",
      "aria-describedby": `${id}-help`,
    });
    this.overlay = element("div", { class: "ie-overlay", "aria-hidden": "true" });
    this.status = element("p", { class: "ie-status", role: "status" });
    this.rectStatus = element("p", { class: "ie-visually-hidden", "aria-live": "polite" });
    this.progress = element("progress", { class: "ie-progress", max: "1", "aria-label": "Checking the image" });
    this.progress.hidden = true;
    this.findings = element("ol", { class: "ie-findings", tabindex: "-1", "aria-labelledby": `${id}-findings` });
    this.findingsSummary = element("p", { class: "ie-summary" });

    this.consent = element("input", { type: "checkbox", id: `${id}-consent` });
    this.consentLabel = element("label", { class: "ie-check", for: `${id}-consent` }, this.consent, " The patient consented to this photo");
    this.consentLabel.hidden = true;
    this.selfCheck = element("input", { type: "checkbox", id: `${id}-self` });
    this.selfCheckLabel = element("label", { class: "ie-check", for: `${id}-self` }, this.selfCheck, " I checked this image myself: no name, date, number or face");
    this.selfCheckLabel.hidden = true;

    const button = (label: string, onClick: () => void, extra: Partial<Record<string, string>> = {}): HTMLButtonElement => {
      const node = element("button", { type: "button", class: "ie-button", ...extra }, label);
      node.addEventListener("click", onClick);
      return node;
    };

    const tools = element("div", { class: "ie-group", role: "group", "aria-label": "Tool for the rectangle" });
    for (const [tool, label] of [
      ["box", "Box"],
      ["pixelate", "Pixelate"],
      ["crop", "Crop"],
    ] as const) {
      const node = button(label, () => this.chooseTool(tool), { "aria-pressed": String(tool === this.tool) });
      this.toolButtons.set(tool, node);
      tools.appendChild(node);
    }
    tools.appendChild(button("Apply", () => this.applyTool(), { class: "ie-button ie-strong" }));

    const edits = element(
      "div",
      { class: "ie-group", role: "group", "aria-label": "Edit" },
      button("Rotate left", () => this.rotate("left")),
      button("Rotate right", () => this.rotate("right")),
      button("Undo", () => this.undo()),
      button("Reset", () => this.reset()),
    );

    this.useButton = button("Use this image", () => void this.finish(), { class: "ie-button ie-primary" });

    this.dialog = element(
      "dialog",
      { class: "ie", "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-intro` },
      element("style", {}, STYLES),
      element("h2", { id: `${id}-title`, class: "ie-title" }, "Cover what identifies the patient"),
      element(
        "p",
        { id: `${id}-intro`, class: "ie-intro" },
        "Cover names, dates, numbers, wristbands, faces and tattoos. Covering is burned into the image; the original is never uploaded.",
      ),
      element(
        "p",
        { id: `${id}-help`, class: "ie-help" },
        "Drag on the image to draw a rectangle, or focus the image and use the arrow keys (Alt or Ctrl + arrows resize, Shift for bigger steps). Enter applies the tool, Escape clears the rectangle.",
      ),
      element("div", { class: "ie-toolbar" }, tools, edits),
      element(
        "div",
        { class: "ie-body" },
        element("div", { class: "ie-stage" }, element("div", { class: "ie-frame" }, this.canvas, this.overlay)),
        element(
          "div",
          { class: "ie-side" },
          element("h3", { id: `${id}-findings`, class: "ie-subtitle" }, "Found in the image"),
          this.status,
          this.progress,
          this.findingsSummary,
          this.findings,
          this.consentLabel,
          this.selfCheckLabel,
          element("p", { class: "ie-note" }, "The check can miss things (handwriting, tattoos, an unusual feature): look at the image yourself too."),
        ),
      ),
      element(
        "div",
        { class: "ie-footer" },
        button("Cancel", () => this.settle(null)),
        this.useButton,
      ),
      this.rectStatus,
    );

    this.canvas.addEventListener("pointerdown", this.onPointerDown);
    this.canvas.addEventListener("pointermove", this.onPointerMove);
    this.canvas.addEventListener("pointerup", this.onPointerUp);
    this.canvas.addEventListener("pointercancel", this.onPointerCancel);
    this.canvas.addEventListener("keydown", this.onKeyDown);
    this.consent.addEventListener("change", () => this.renderFindings(false));
    this.selfCheck.addEventListener("change", () => this.renderFindings(false));
    // Escape on the dialog (outside a drawn rectangle) and any other close mean "cancel".
    this.dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      this.settle(null);
    });
    this.dialog.addEventListener("close", () => this.settle(null));
  }

  open(): void {
    this.replay();
    this.host.appendChild(this.dialog);
    this.dialog.showModal();
    this.canvas.focus();
    this.scheduleDetection(0);
  }

  // ----------------------------------------------------------------------------------------------
  // Pixels

  private replay(): void {
    this.canvas.width = this.base.width;
    this.canvas.height = this.base.height;
    context2d(this.canvas).drawImage(this.base, 0, 0);
    for (const operation of this.operations) applyOperation(this.canvas, operation);
    this.size = { width: this.canvas.width, height: this.canvas.height };
  }

  private covers(): Rect[] {
    return replayGeometry(this.operations, { width: this.base.width, height: this.base.height }).covers;
  }

  /** Applies a new operation: burned in now, findings moved along, detection scheduled again. */
  private push(operation: Operation, announcement: string): void {
    if (this.encoding) return;
    const before = this.size;
    applyOperation(this.canvas, operation);
    this.operations.push(operation);
    this.size = { width: this.canvas.width, height: this.canvas.height };
    this.regions = this.regions.flatMap((region) => {
      const moved = rectAfter(region, operation, before);
      return moved ? [{ ...region, ...moved }] : [];
    });
    this.pending = null;
    this.pixelsChanged(announcement);
  }

  private pixelsChanged(announcement: string): void {
    this.generation++;
    this.renderOverlay();
    this.renderFindings(false);
    this.setStatus(announcement);
    this.scheduleDetection(REDETECT_DELAY_MS);
  }

  private chooseTool(tool: Tool): void {
    this.tool = tool;
    for (const [name, node] of this.toolButtons) node.setAttribute("aria-pressed", String(name === tool));
  }

  private applyTool(): void {
    const rect = this.pending ? pixelRect(this.pending, this.size) : null;
    if (!rect || isEmpty(rect)) {
      this.setStatus("Draw a rectangle first: drag on the image, or focus the image and press an arrow key.");
      return;
    }
    if (this.tool === "crop") {
      if (rect.width < MIN_CROP_PX || rect.height < MIN_CROP_PX) {
        this.setStatus("That rectangle is too small to crop to.");
        return;
      }
      if (rect.width === this.size.width && rect.height === this.size.height) {
        this.setStatus("The rectangle covers the whole image: nothing to crop.");
        return;
      }
      this.push({ kind: "crop", rect }, "Cropped.");
      return;
    }
    this.push({ kind: this.tool, rect }, this.tool === "box" ? "Box applied." : "Pixelated.");
  }

  private rotate(turn: Turn): void {
    this.push({ kind: "rotate", turn }, turn === "left" ? "Rotated left." : "Rotated right.");
  }

  private undo(): void {
    if (this.encoding) return;
    if (this.operations.length === 0) {
      this.setStatus("Nothing to undo.");
      return;
    }
    this.operations.pop();
    this.restart("Undone.");
  }

  private reset(): void {
    if (this.encoding) return;
    if (this.operations.length === 0) {
      this.setStatus("Nothing to reset.");
      return;
    }
    this.operations = [];
    this.restart("Back to the original image.");
  }

  /** After undo or reset: the pixels are rebuilt and earlier findings may be uncovered again. */
  private restart(announcement: string): void {
    if (this.encoding) return;
    this.replay();
    this.pending = null;
    this.regions = [];
    this.pixelsChanged(announcement);
  }

  // ----------------------------------------------------------------------------------------------
  // Drawing a rectangle: pointer (mouse, pen, touch) and keyboard

  private imagePoint(event: PointerEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return clientToImage({ x: event.clientX, y: event.clientY }, { x: box.left, y: box.top, width: box.width, height: box.height }, this.size);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    if (this.drag || this.encoding) return;
    event.preventDefault();
    this.canvas.focus({ preventScroll: true });
    this.canvas.setPointerCapture(event.pointerId);
    this.drag = { pointerId: event.pointerId, start: this.imagePoint(event), startClient: { x: event.clientX, y: event.clientY } };
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    this.pending = rectFromPoints(this.drag.start, this.imagePoint(event));
    this.renderOverlay();
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    const moved = Math.hypot(event.clientX - this.drag.startClient.x, event.clientY - this.drag.startClient.y);
    this.pending = moved >= MIN_DRAG_PX ? rectFromPoints(this.drag.start, this.imagePoint(event)) : null;
    this.drag = null;
    this.renderOverlay();
    if (this.pending) this.setStatus(`Rectangle drawn. Choose Apply (${this.toolName()}).`);
  };

  private readonly onPointerCancel = (event: PointerEvent): void => {
    if (!this.drag || event.pointerId !== this.drag.pointerId) return;
    this.drag = null;
    this.pending = null;
    this.renderOverlay();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.encoding) return;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const direction = arrows[event.key];
    if (direction) {
      event.preventDefault();
      if (!this.pending) {
        this.pending = defaultRect(this.size);
      } else {
        const step = keyStep(this.size, event.shiftKey);
        const [dx, dy] = direction;
        // Alt (Option on a Mac) or Ctrl: Ctrl + arrows belong to the system on macOS, Alt + Left
        // is "back" in some Windows browsers, so either works.
        this.pending = event.altKey || event.ctrlKey ? resizeRect(this.pending, dx * step, dy * step, this.size, 1) : moveRect(this.pending, dx * step, dy * step, this.size);
      }
      this.renderOverlay();
      this.describeRectSoon();
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      this.applyTool();
      return;
    }
    if (event.key === "Escape" && this.pending) {
      // Clears the rectangle only; the dialog's own Escape (cancel) must not fire as well.
      event.preventDefault();
      event.stopPropagation();
      this.pending = null;
      this.renderOverlay();
      this.setStatus("Rectangle cleared.");
    }
  };

  private toolName(): string {
    return this.tool;
  }

  /** Where the keyboard rectangle is, in words, once the keys stop (not on every press). */
  private describeRectSoon(): void {
    clearTimeout(this.rectTimer);
    this.rectTimer = setTimeout(() => {
      const rect = this.pending;
      if (!rect) return;
      const p = (value: number, total: number) => Math.round((value / total) * 100);
      this.rectStatus.textContent =
        `Rectangle ${p(rect.x, this.size.width)}% from the left, ${p(rect.y, this.size.height)}% from the top, ` +
        `${p(rect.width, this.size.width)}% wide, ${p(rect.height, this.size.height)}% tall.`;
    }, 500);
  }

  // ----------------------------------------------------------------------------------------------
  // Detection

  private scheduleDetection(delay: number): void {
    clearTimeout(this.detectTimer);
    this.check = "pending";
    this.detectTimer = setTimeout(() => this.startDetection(), delay);
  }

  /**
   * One check at a time: a check of stale pixels runs to its end (its result is dropped) and the
   * newest pixels are checked right after. Aborting instead would restart the OCR engine each time.
   */
  private startDetection(): void {
    clearTimeout(this.detectTimer);
    if (this.settled) return;
    if (this.running) {
      this.wanted = true;
      return;
    }
    void this.detect();
  }

  private async detect(): Promise<void> {
    const generation = this.generation;
    const signal = this.abort.signal;
    this.running = true;
    this.wanted = false;
    this.check = "running";
    this.lastStage = "";
    this.progress.hidden = false;
    this.progress.removeAttribute("value");
    this.setStatus("Checking the image for names, dates, numbers and faces…");
    const current = () => generation === this.generation && !this.settled;
    try {
      const detect = this.options.detect ?? (await import("./detect")).detectIdentifiers;
      if (!current()) return;
      const found = await detect(this.canvas, {
        signal,
        onProgress: (stage, fraction) => {
          if (!current()) return;
          this.progress.value = Math.max(0, Math.min(1, fraction));
          if (stage !== this.lastStage) {
            this.lastStage = stage;
            this.setStatus(STAGE_TEXT[stage]);
          }
        },
      });
      if (!current()) return;
      this.regions = found.flatMap((region) => {
        const inside = clampRect(region, this.size);
        return isEmpty(inside) ? [] : [{ ...region, ...inside }];
      });
      this.check = "done";
      this.checkedGeneration = generation;
      this.renderOverlay();
      this.renderFindings(true);
    } catch {
      if (!current()) return;
      // The failure must not read as "nothing found": the member has to check and say so.
      this.regions = [];
      this.check = "failed";
      this.checkedGeneration = generation;
      this.renderOverlay();
      this.renderFindings(true);
    } finally {
      this.running = false;
      this.progress.hidden = true;
      const waiters = this.checkWaiters;
      this.checkWaiters = [];
      for (const wake of waiters) wake();
      if (this.wanted) this.startDetection();
    }
  }

  /** Resolves once the current pixels have been checked (or the check failed). */
  private async whenChecked(): Promise<void> {
    while (!this.settled && !(this.checkedGeneration === this.generation && (this.check === "done" || this.check === "failed"))) {
      // Skip the quiet time: the member is waiting.
      if (this.check === "pending") this.startDetection();
      await new Promise<void>((wake) => this.checkWaiters.push(wake));
    }
  }

  private regionCovered(region: Rect, covers: readonly Rect[]): boolean {
    return coveredFraction(region, covers) >= COVERED;
  }

  /** Why "Use this image" cannot work yet; empty when it can. */
  private blockers(): string[] {
    const reasons: string[] = [];
    const covers = this.covers();
    const open = this.regions.filter((region) => !this.regionCovered(region, covers));
    const blocks = open.filter((region) => region.level === "block" && region.kind === "text");
    const faces = open.filter((region) => region.kind === "face");
    if (blocks.length > 0) {
      reasons.push(blocks.length === 1 ? "Cover the item outlined in red first." : `Cover the ${blocks.length} items outlined in red first.`);
    }
    if (faces.length > 0 && !this.consent.checked) {
      reasons.push("Cover the face, or tick that the patient consented to this photo.");
    }
    if (this.check === "failed" && !this.selfCheck.checked) {
      reasons.push("The automatic check did not work: look at the image and tick that you checked it yourself.");
    }
    return reasons;
  }

  // ----------------------------------------------------------------------------------------------
  // Rendering

  /**
   * The status line is the live region (role=status): screen readers hear each change. `spoken`
   * is read out but not shown, for what the panel already shows elsewhere (the findings list).
   */
  private setStatus(text: string, spoken = ""): void {
    this.status.replaceChildren(document.createTextNode(text));
    if (spoken) this.status.appendChild(element("span", { class: "ie-visually-hidden" }, ` ${spoken}`));
  }

  private renderOverlay(): void {
    const boxes: HTMLElement[] = [];
    const covers = this.covers();
    const { width, height } = this.size;
    const place = (node: HTMLElement, rect: Rect) => {
      node.style.left = percent(rect.x, width);
      node.style.top = percent(rect.y, height);
      node.style.width = percent(rect.width, width);
      node.style.height = percent(rect.height, height);
    };
    this.regions.forEach((region, index) => {
      const covered = this.regionCovered(region, covers);
      const tone = covered ? "covered" : region.level === "block" || region.kind === "face" ? "block" : "warn";
      const node = element("div", { class: `ie-region ie-${tone}` }, element("span", { class: "ie-badge" }, String(index + 1)));
      place(node, region);
      boxes.push(node);
    });
    if (this.pending && !isEmpty(this.pending)) {
      const node = element("div", { class: "ie-pending" });
      place(node, this.pending);
      boxes.push(node);
    }
    this.overlay.replaceChildren(...boxes);
  }

  private renderFindings(announce: boolean): void {
    const covers = this.covers();
    const items: HTMLLIElement[] = [];
    let openFaces = 0;
    const spoken: string[] = [];
    this.regions.forEach((region, index) => {
      const covered = this.regionCovered(region, covers);
      if (!covered && region.kind === "face") openFaces++;
      const state = covered ? "covered" : region.level === "block" ? "must be covered" : region.kind === "face" ? "cover, or confirm consent" : "check";
      const item = element(
        "li",
        { class: `ie-finding ie-${covered ? "covered" : region.level === "block" || region.kind === "face" ? "block" : "warn"}` },
        element("span", { class: "ie-finding-text" }, `${index + 1}. ${region.message} `, element("em", {}, `(${state})`)),
      );
      if (!covered) {
        const cover = element("button", { type: "button", class: "ie-button ie-small", "aria-label": `Cover ${index + 1}: ${region.message}` }, "Cover");
        cover.addEventListener("click", () => {
          this.coverRegion(region);
          // The button is gone with the re-rendered list: keep focus on the next one, or the list.
          (this.findings.querySelector<HTMLButtonElement>("button") ?? this.findings).focus();
        });
        item.appendChild(cover);
      }
      items.push(item);
      spoken.push(`${index + 1}. ${region.message}${covered ? " (covered)" : ""}`);
    });
    this.findings.replaceChildren(...items);
    this.consentLabel.hidden = openFaces === 0;
    this.selfCheckLabel.hidden = this.check !== "failed";

    let summary = "";
    if (this.check === "failed") {
      summary = "The automatic check for names, dates, numbers and faces did not run. Look at the whole image yourself.";
    } else if (this.check === "done" && this.regions.length === 0) {
      summary = "Nothing found by the automatic check.";
    }
    this.findingsSummary.textContent = summary;
    const blocked = this.check === "done" || this.check === "failed" ? this.blockers().length > 0 : false;
    this.useButton.classList.toggle("ie-blocked", blocked);
    if (announce) {
      if (this.check === "failed") this.setStatus("The automatic check did not work.", summary);
      else if (this.regions.length === 0) this.setStatus("Checked: nothing found. The check can miss things, so look yourself too.");
      else this.setStatus(`Checked: ${this.regions.length === 1 ? "1 thing" : `${this.regions.length} things`} to look at, listed below.`, spoken.join(" "));
    }
  }

  private coverRegion(region: Rect): void {
    const rect = pixelRect(inflate(region, Math.max(2, keyStep(this.size, false) / 2), this.size), this.size);
    const kind = this.tool === "pixelate" ? "pixelate" : "box";
    this.push({ kind, rect }, kind === "box" ? "Covered with a box." : "Pixelated.");
  }

  // ----------------------------------------------------------------------------------------------
  // Finishing

  private async finish(): Promise<void> {
    if (this.finishing || this.settled) return;
    this.finishing = true;
    this.useButton.setAttribute("aria-disabled", "true");
    try {
      if (!(this.checkedGeneration === this.generation && (this.check === "done" || this.check === "failed"))) {
        this.setStatus("Checking the final image…");
      }
      await this.whenChecked();
      if (this.settled) return;
      const reasons = this.blockers();
      if (reasons.length > 0) {
        this.setStatus(reasons.join(" "));
        this.findings.focus();
        return;
      }
      const covers = this.covers();
      const faceConsent = this.consent.checked && this.regions.some((region) => region.kind === "face" && !this.regionCovered(region, covers));
      this.setStatus("Preparing the image for upload…");
      this.encoding = true;
      const encoded = await encodeForUpload(this.canvas);
      this.settle({ ...encoded, faceConsent });
    } catch (error) {
      this.setStatus(error instanceof EncodeError ? error.message : "The image could not be prepared. Try again, or use another browser.");
    } finally {
      this.finishing = false;
      this.encoding = false;
      this.useButton.removeAttribute("aria-disabled");
    }
  }

  /** Resolves once, then removes everything this editor made (dialog, timers, canvases). */
  private settle(value: EditedImage | null): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.detectTimer);
    clearTimeout(this.rectTimer);
    this.abort.abort();
    for (const wake of this.checkWaiters) wake();
    this.checkWaiters = [];
    this.canvas.removeEventListener("pointerdown", this.onPointerDown);
    this.canvas.removeEventListener("pointermove", this.onPointerMove);
    this.canvas.removeEventListener("pointerup", this.onPointerUp);
    this.canvas.removeEventListener("pointercancel", this.onPointerCancel);
    this.canvas.removeEventListener("keydown", this.onKeyDown);
    if (this.dialog.open) this.dialog.close();
    this.dialog.remove();
    // Safari keeps canvas memory until the size is zeroed.
    for (const canvas of [this.canvas, this.base]) {
      canvas.width = 0;
      canvas.height = 0;
    }
    this.resolve(value);
  }
}

const STAGE_TEXT: Record<"loading" | "reading text" | "looking for faces", string> = {
  loading: "Loading the checker (first time only)…",
  "reading text": "Reading text in the image…",
  "looking for faces": "Looking for faces…",
};

const STYLES = `
.ie, .ie * { box-sizing: border-box; }
.ie { width: min(100vw - 1rem, 72rem); max-width: none; max-height: calc(100dvh - 1rem); padding: 1rem; border: 1px solid var(--border, #d8dee4);
  border-radius: var(--radius, 10px); background: var(--surface, #fff); color: var(--text, #1b1f24); overflow: auto; }
.ie::backdrop { background: rgb(0 0 0 / .6); }
.ie-title { margin: 0 0 .25rem; font-size: 1.25rem; }
.ie-intro, .ie-help, .ie-note { margin: 0 0 .5rem; color: var(--muted, #57606a); font-size: .95rem; }
.ie-toolbar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: .5rem 0; }
.ie-group { display: flex; flex-wrap: wrap; gap: .35rem; }
.ie-button { font: inherit; min-height: 2.75rem; min-width: 2.75rem; padding: .45rem .8rem; border-radius: 8px; cursor: pointer;
  border: 1px solid var(--border, #d8dee4); background: var(--chip, #e8eef6); color: var(--text, #1b1f24); }
.ie-button[aria-pressed="true"] { background: var(--accent, #0b5cad); color: var(--accent-text, #fff); border-color: var(--accent, #0b5cad); }
.ie-strong { font-weight: 600; }
.ie-primary { font-weight: 600; background: var(--accent, #0b5cad); color: var(--accent-text, #fff); border-color: var(--accent, #0b5cad); }
.ie-primary.ie-blocked, .ie-primary[aria-disabled="true"] { opacity: .65; }
.ie-small { min-height: 2.75rem; padding: .2rem .7rem; margin-left: .5rem; }
.ie-button:focus-visible, .ie-canvas:focus-visible, .ie-check input:focus-visible, .ie-findings:focus-visible {
  outline: 3px solid var(--accent, #0b5cad); outline-offset: 2px; }
.ie-body { display: grid; gap: 1rem; grid-template-columns: 1fr; }
@media (min-width: 56rem) { .ie-body { grid-template-columns: minmax(0, 1fr) 18rem; } }
.ie-stage { display: flex; justify-content: center; align-items: flex-start; min-width: 0; }
.ie-frame { position: relative; display: inline-block; line-height: 0; max-width: 100%; }
.ie-canvas { display: block; max-width: 100%; max-height: min(65vh, 65dvh); width: auto; height: auto; touch-action: none;
  cursor: crosshair; background: repeating-conic-gradient(#ccc 0 25%, #fff 0 50%) 0 0 / 16px 16px; }
.ie-overlay { position: absolute; inset: 0; pointer-events: none; overflow: hidden; }
.ie-region, .ie-pending { position: absolute; box-sizing: border-box; }
.ie-region { border: 3px solid; box-shadow: 0 0 0 1px #fff; }
.ie-region.ie-block { border-color: #d92d20; }
.ie-region.ie-warn { border-color: #f79009; border-style: dashed; }
.ie-region.ie-covered { border-color: #12b76a; border-style: dotted; }
.ie-badge { position: absolute; top: -2px; left: -2px; transform: translateY(-100%); font: 700 12px/1.4 system-ui, sans-serif;
  padding: 0 .3rem; background: #111; color: #fff; border-radius: 3px; }
.ie-pending { border: 2px dashed #fff; outline: 2px dashed #000; outline-offset: -4px; background: rgb(11 92 173 / .15); }
.ie-side { min-width: 0; }
.ie-subtitle { margin: 0 0 .25rem; font-size: 1rem; }
.ie-status { margin: 0 0 .5rem; min-height: 1.5em; }
.ie-progress { width: 100%; margin-bottom: .5rem; }
.ie-summary { margin: 0 0 .25rem; }
.ie-findings { margin: 0 0 .75rem; padding: 0; list-style: none; display: grid; gap: .35rem; }
.ie-finding-text { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
.ie-finding .ie-button { flex: none; }
.ie-finding { display: flex; align-items: center; justify-content: space-between; gap: .25rem; padding: .25rem .5rem;
  border-left: 4px solid; border-radius: 4px; background: var(--bg, #f6f8fa); }
.ie-finding.ie-block { border-left-color: #d92d20; }
.ie-finding.ie-warn { border-left-color: #f79009; }
.ie-finding.ie-covered { border-left-color: #12b76a; }
.ie-check { display: flex; gap: .5rem; align-items: flex-start; margin: 0 0 .5rem; cursor: pointer; }
.ie-check input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; flex: none; }
.ie-check[hidden] { display: none; }
.ie-footer { display: flex; justify-content: flex-end; flex-wrap: wrap; gap: .5rem; margin-top: .75rem; position: sticky; bottom: -1rem;
  padding: .5rem 0; background: var(--surface, #fff); }
.ie-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; margin: 0; }
`;
