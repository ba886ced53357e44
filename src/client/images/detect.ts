/**
 * Finds what may identify a patient in an image before it is uploaded: text the PHI scanner flags
 * (a name on a wristband, a date burned into a radiograph, an MRN on a label) and faces.
 *
 * Browser only, and loaded only when a member attaches an image (the composer reaches this module
 * by a dynamic import). Everything comes from our own origin: tesseract.js's worker, its
 * WebAssembly core and the English model from /vendor/tesseract/, face-api's TinyFaceDetector
 * weights from /vendor/face-api/ (copied there by scripts/vendor-assets.ts), and the face-api
 * library from a lazy chunk Vite builds. Neither the image nor the recognised text leaves the
 * page or reaches the console.
 *
 * CSP: tesseract's engine is WebAssembly compiled inside the worker, and a worker started from
 * its own URL runs under the CSP of that URL's response, so /vendor/tesseract/* must be served
 * with 'wasm-unsafe-eval' in script-src (checked in Chromium: without it the engine is refused;
 * the page's own policy does not matter there). The worker is started from that URL, never a
 * blob: (which would need blob: in worker-src). face-api runs on WebGL, with no WebAssembly.
 */
import { createWorker, OEM, PSM, type LoggerMessage, type Worker as OcrWorker } from "tesseract.js";
import { padBox, paragraphsFromPage, regionsFromOcr } from "./ocr-regions";

export interface DetectedRegion {
  x: number;
  y: number;
  width: number;
  height: number; // in the canvas's pixel space
  kind: "text" | "face";
  level: "block" | "warn"; // text: the scanner's level; face: "warn"
  message: string; // a hint for the member: "A name: cover it."
}

export type DetectStage = "loading" | "reading text" | "looking for faces";

export interface DetectOptions {
  onProgress?: (stage: DetectStage, fraction: number) => void;
  signal?: AbortSignal;
}

export const FACE_MESSAGE = "A face: cover it, or confirm the patient consented to this photo.";

/**
 * How tesseract reads an image, shared with the Node test (tests/integration/images/ocr.test.ts):
 * the LSTM engine only (the one the shipped core and model contain), and sparse-text page
 * segmentation, because labels, corner annotations and wristbands are scattered snippets, not a
 * page of prose.
 */
export const OCR_ENGINE = OEM.LSTM_ONLY;
export const OCR_PARAMETERS = {
  tessedit_pageseg_mode: PSM.SPARSE_TEXT,
  // Tesseract's diagnostics ("Estimating resolution as 245") would go to the console.
  debug_file: "/dev/null",
};
/** Word boxes (the `blocks` tree) are all we read; the plain-text rendering is not needed. */
export const OCR_OUTPUT = { text: false, blocks: true };

const TESSERACT = "/vendor/tesseract";
const FACE_MODELS = "/vendor/face-api";

/**
 * How long starting the OCR engine may take before we give up. It downloads about 4 MB on first
 * use, and tesseract.js never settles its start-up promise when the engine or the language data
 * fails to initialise (a CSP refusing WebAssembly, say), so without a limit the editor would wait
 * forever.
 */
const LOAD_TIMEOUT_MS = 120_000;

/**
 * TinyFaceDetector settings. The network sees the image scaled to a square of this size; one
 * scale misses faces the other finds (a coarse pass for faces filling the photo, a fine one for
 * small faces in a group or a ward photo), so both run and their boxes are merged. The score
 * threshold is below face-api's default 0.5 because a face region is only a warning: a miss costs
 * more than one extra "confirm".
 */
const FACE_INPUT_SIZES = [416, 608] as const;
const FACE_SCORE_THRESHOLD = 0.4;
/** A face box is the face itself; grow it by this share of its size on each side to take in hair and ears. */
const FACE_MARGIN = 0.15;

/** A minimal module using one SIMD instruction (from wasm-feature-detect): validates only where SIMD runs. */
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

function supportsSimd(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

const absolute = (path: string) => new URL(path, window.location.origin).href;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("The image check was cancelled.", "AbortError");
}

// ------------------------------------------------------------------------------------------------
// OCR: one tesseract worker per page, created on first use and kept for the next image.

/** Where the worker's progress messages go while a call is running (calls never overlap). */
let ocrProgress: ((message: LoggerMessage) => void) | null = null;
let ocrWorker: Promise<OcrWorker> | null = null;

function startOcrWorker(): Promise<OcrWorker> {
  // Without WebAssembly (iOS Lockdown Mode turns it off) the engine cannot run: say so at once
  // rather than after the start-up time limit.
  if (typeof WebAssembly !== "object") return Promise.reject(new Error("This browser cannot run the text reader (WebAssembly is off)."));
  // SIMD build where the browser runs it (Chromium 91+, Firefox 89+, Safari 16.4+), else the plain
  // one. Naming the file stops tesseract from picking a variant we do not ship.
  const core = supportsSimd() ? "tesseract-core-simd-lstm.js" : "tesseract-core-lstm.js";
  const started = createWorker("eng", OCR_ENGINE, {
    workerPath: absolute(`${TESSERACT}/worker.min.js`),
    corePath: absolute(`${TESSERACT}/${core}`),
    langPath: absolute(TESSERACT),
    gzip: true,
    // The browser's HTTP cache keeps the model; no second copy in IndexedDB.
    cacheMethod: "none",
    // A blob: worker would need blob: in the CSP; the worker's own URL is 'self'.
    workerBlobURL: false,
    logger: (message) => ocrProgress?.(message),
    // Failures reach us as rejected promises; without a handler tesseract also throws them globally.
    errorHandler: () => undefined,
  }).then(async (worker) => {
    await worker.setParameters(OCR_PARAMETERS);
    return worker;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("The text reader did not start in time.")), LOAD_TIMEOUT_MS);
  });
  const ready = Promise.race([started, timeout]).finally(() => clearTimeout(timer));
  // A worker that failed to start is dropped, so the next image tries again.
  ready.catch(() => {
    if (ocrWorker === ready) ocrWorker = null;
    void started.then((worker) => worker.terminate()).catch(() => undefined);
  });
  return ready;
}

/** Stops the worker (a cancelled recognition cannot be interrupted otherwise); the next call starts a new one. */
function discardOcrWorker(): void {
  const worker = ocrWorker;
  ocrWorker = null;
  void worker?.then((w) => w.terminate()).catch(() => undefined);
}

/**
 * Rejects as soon as `signal` aborts; `onAbort` runs first (to stop work that cannot be cancelled
 * any other way). Settles like `promise` otherwise.
 */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined, onAbort?: () => void): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    onAbort?.();
    // The work may still fail later (a stopped worker); that is no longer anyone's concern.
    promise.catch(() => undefined);
    return Promise.reject(abortError(signal));
  }
  return new Promise<T>((resolve, reject) => {
    const listener = () => {
      onAbort?.();
      reject(abortError(signal));
    };
    signal.addEventListener("abort", listener, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", listener);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", listener);
        reject(error);
      },
    );
  });
}

// ------------------------------------------------------------------------------------------------
// Faces: face-api (with its bundled TensorFlow.js) from a lazy chunk, weights from /vendor/.

type FaceApi = typeof import("@vladmandic/face-api");

/** The parts of the bundled TensorFlow.js face-api's type declarations leave out. */
interface TfBackends {
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
}

let faceApi: Promise<FaceApi> | null = null;

function loadFaceApi(): Promise<FaceApi> {
  faceApi ??= (async () => {
    const api = await import("@vladmandic/face-api");
    const tf = api.tf as unknown as TfBackends;
    // WebGL where there is a GPU, else plain JavaScript. Never the WebAssembly backend: its .wasm
    // files are not shipped, and it would look for them.
    const webgl = await tf.setBackend("webgl").catch(() => false);
    if (!webgl) await tf.setBackend("cpu");
    await tf.ready();
    await api.nets.tinyFaceDetector.loadFromUri(absolute(FACE_MODELS));
    return api;
  })();
  faceApi.catch(() => {
    faceApi = null;
  });
  return faceApi;
}

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
  score: number;
}

/**
 * One box per face from the detections of several passes: boxes that mostly overlap (their
 * intersection is over half the smaller one) are the same face, and become the box spanning both,
 * so the cover is never smaller than either pass saw. Strongest detections first.
 */
export function mergeFaceBoxes(boxes: readonly FaceBox[]): FaceBox[] {
  const merged: FaceBox[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    const same = merged.find((kept) => {
      const width = Math.min(kept.x + kept.width, box.x + box.width) - Math.max(kept.x, box.x);
      const height = Math.min(kept.y + kept.height, box.y + box.height) - Math.max(kept.y, box.y);
      const smaller = Math.min(kept.width * kept.height, box.width * box.height);
      return width > 0 && height > 0 && width * height > smaller / 2;
    });
    if (!same) {
      merged.push({ ...box });
      continue;
    }
    const x1 = Math.max(same.x + same.width, box.x + box.width);
    const y1 = Math.max(same.y + same.height, box.y + box.height);
    same.x = Math.min(same.x, box.x);
    same.y = Math.min(same.y, box.y);
    same.width = x1 - same.x;
    same.height = y1 - same.y;
  }
  return merged;
}

async function findFaces(api: FaceApi, image: HTMLCanvasElement, onProgress: (fraction: number) => void, signal: AbortSignal | undefined): Promise<DetectedRegion[]> {
  const boxes: FaceBox[] = [];
  for (const [pass, inputSize] of FACE_INPUT_SIZES.entries()) {
    if (signal?.aborted) throw abortError(signal);
    const options = new api.TinyFaceDetectorOptions({ inputSize, scoreThreshold: FACE_SCORE_THRESHOLD });
    for (const face of await api.detectAllFaces(image, options)) {
      const { x, y, width, height } = face.box;
      boxes.push({ x, y, width, height, score: face.score });
    }
    onProgress((pass + 1) / FACE_INPUT_SIZES.length);
  }
  const size = { width: image.width, height: image.height };
  return mergeFaceBoxes(boxes).flatMap(({ x, y, width, height }) => {
    const margin = FACE_MARGIN * Math.max(width, height);
    const rect = padBox({ x0: x, y0: y, x1: x + width, y1: y + height }, margin, size);
    if (rect.width === 0 || rect.height === 0) return [];
    return [{ ...rect, kind: "face" as const, level: "warn" as const, message: FACE_MESSAGE }];
  });
}

// ------------------------------------------------------------------------------------------------

/** Calls run one after another: they share the one OCR worker and its progress channel. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Every region of `image` the member must cover (level "block") or confirm (level "warn"): text the
 * PHI scanner flags, one region per line of each finding, and faces. Rejects when either check
 * could not run (the editor must then say the image was not checked), or with the signal's reason
 * when `signal` aborts; aborting stops the OCR worker, and the next call starts a fresh one.
 */
export function detectIdentifiers(image: HTMLCanvasElement, options: DetectOptions = {}): Promise<DetectedRegion[]> {
  const run = queue.then(
    () => detectNow(image, options),
    () => detectNow(image, options),
  );
  queue = run.catch(() => undefined);
  return run;
}

async function detectNow(image: HTMLCanvasElement, { onProgress, signal }: DetectOptions): Promise<DetectedRegion[]> {
  if (signal?.aborted) throw abortError(signal);
  const report = (stage: DetectStage, fraction: number) => onProgress?.(stage, Math.min(1, Math.max(0, fraction)));

  // Loading: the OCR worker (engine + model) and face-api (library + weights) in parallel; each is
  // half of the bar. Both are instant after the first image.
  let ocrLoaded = 0;
  let facesLoaded = 0;
  const reportLoading = () => report("loading", (ocrLoaded + facesLoaded) / 2);
  // Tesseract starts in four steps (engine, model, engine set-up, API set-up), each reporting 0→1.
  const startSteps = new Map<string, number>();
  ocrProgress = (message) => {
    if (message.status === "recognizing text") {
      report("reading text", message.progress);
    } else if (ocrLoaded < 1) {
      startSteps.set(message.status, Math.max(startSteps.get(message.status) ?? 0, message.progress));
      const done = [...startSteps.values()].reduce((sum, step) => sum + step, 0);
      ocrLoaded = Math.min(0.95, done / 4);
      reportLoading();
    }
  };
  report("loading", 0);
  try {
    const facesReady = loadFaceApi().then((api) => {
      facesLoaded = 1;
      reportLoading();
      return api;
    });
    // Nothing may go unhandled if the OCR worker fails first.
    facesReady.catch(() => undefined);
    ocrWorker ??= startOcrWorker();
    const worker = await abortable(ocrWorker, signal);
    ocrLoaded = 1;
    reportLoading();
    const api = await abortable(facesReady, signal);

    report("reading text", 0);
    if (signal?.aborted) throw abortError(signal);
    const { data } = await abortable(worker.recognize(image, {}, OCR_OUTPUT), signal, discardOcrWorker);
    const size = { width: image.width, height: image.height };
    const textRegions = regionsFromOcr(paragraphsFromPage(data), size);
    report("reading text", 1);

    report("looking for faces", 0);
    const faceRegions = await findFaces(api, image, (fraction) => report("looking for faces", fraction), signal);
    if (signal?.aborted) throw abortError(signal);
    return [...textRegions, ...faceRegions];
  } finally {
    ocrProgress = null;
  }
}
