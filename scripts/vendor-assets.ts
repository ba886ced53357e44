// npx tsx scripts/vendor-assets.ts — copies the files the image checker loads in the browser from
// node_modules into public/vendor/ (gitignored), so they are served from our own origin: Astro
// copies public/ into dist/ at build, and nothing is ever fetched from a CDN.
//
// What is copied, and why these variants (src/client/images/detect.ts loads them by these names):
// - tesseract/worker.min.js: tesseract.js's Web Worker script.
// - tesseract/tesseract-core-simd-lstm.{js,wasm} and tesseract-core-lstm.{js,wasm}: the LSTM-only
//   OCR engine, SIMD build plus the plain build for browsers without WebAssembly SIMD (Safari
//   before 16.4). detect.ts feature-tests SIMD and names one file, so tesseract never guesses a
//   variant we did not ship (left alone it asks for the relaxed-SIMD build in Chromium). The
//   .js + separate .wasm pair is ~25% smaller than the all-in-one .wasm.js (base64 inside), and the
//   .wasm is found next to the worker script, which is why they share a folder.
// - tesseract/eng.traineddata.gz: the "best_int" English model (integer-quantised LSTM, 2.9 MB
//   gzipped; tesseract gunzips it in the worker). The 10.9 MB default also carries the legacy
//   engine's data, which the LSTM-only core cannot use.
// - face-api/tiny_face_detector_model*: TinyFaceDetector's weights (190 KB). The face-api library
//   itself is not copied: detect.ts imports its ESM build and Vite puts it in a lazy chunk (1.32 MB
//   minified, 337 KB gzipped, the same as the prebuilt IIFE), fingerprinted and typed.
//
// Idempotent: a file whose size and modification time match its source is skipped, so a run with
// nothing to do takes milliseconds. Files in public/vendor/ that are no longer in the list are
// removed, so the deployed folder holds exactly this list.
import { copyFile, mkdir, readdir, rm, stat, utimes } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Cloudflare's static assets refuse any single file over 25 MiB. */
const MAX_FILE_BYTES = 25 * 1024 * 1024;

interface VendorFile {
  /** Path under node_modules/. */
  from: string;
  /** Path under public/vendor/. */
  to: string;
}

export const VENDOR_FILES: readonly VendorFile[] = [
  { from: "tesseract.js/dist/worker.min.js", to: "tesseract/worker.min.js" },
  { from: "tesseract.js-core/tesseract-core-simd-lstm.js", to: "tesseract/tesseract-core-simd-lstm.js" },
  { from: "tesseract.js-core/tesseract-core-simd-lstm.wasm", to: "tesseract/tesseract-core-simd-lstm.wasm" },
  { from: "tesseract.js-core/tesseract-core-lstm.js", to: "tesseract/tesseract-core-lstm.js" },
  { from: "tesseract.js-core/tesseract-core-lstm.wasm", to: "tesseract/tesseract-core-lstm.wasm" },
  { from: "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz", to: "tesseract/eng.traineddata.gz" },
  {
    from: "@vladmandic/face-api/model/tiny_face_detector_model-weights_manifest.json",
    to: "face-api/tiny_face_detector_model-weights_manifest.json",
  },
  { from: "@vladmandic/face-api/model/tiny_face_detector_model.bin", to: "face-api/tiny_face_detector_model.bin" },
];

export interface VendorResult {
  copied: string[];
  removed: string[];
  totalBytes: number;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

/**
 * Makes public/vendor/ hold exactly VENDOR_FILES, copied from node_modules/. Throws (naming the
 * file) when a source is missing or too large to deploy, so a build never ships a half set.
 */
export async function vendorAssets(root: string = ROOT): Promise<VendorResult> {
  const modules = join(root, "node_modules");
  const target = join(root, "public", "vendor");
  const copied: string[] = [];
  let totalBytes = 0;

  for (const file of VENDOR_FILES) {
    const source = join(modules, file.from);
    const destination = join(target, file.to);
    const sourceStat = await statOrNull(source);
    if (!sourceStat) throw new Error(`vendor-assets: node_modules/${file.from} is missing (run npm ci)`);
    if (sourceStat.size > MAX_FILE_BYTES) throw new Error(`vendor-assets: ${file.from} is over 25 MiB`);
    totalBytes += sourceStat.size;
    const existing = await statOrNull(destination);
    if (existing && existing.size === sourceStat.size && Math.abs(existing.mtimeMs - sourceStat.mtimeMs) < 1) continue;
    await mkdir(dirname(destination), { recursive: true });
    await copyFile(source, destination);
    // Carry the source's mtime over (to the millisecond, as utimes allows), so the next run can tell
    // the copy is current without reading it.
    await utimes(destination, sourceStat.atime, sourceStat.mtime);
    copied.push(file.to);
  }

  const wanted = new Set(VENDOR_FILES.map((file) => join(target, file.to)));
  const removed: string[] = [];
  for (const path of await listFiles(target)) {
    if (wanted.has(path)) continue;
    await rm(path);
    removed.push(relative(target, path));
  }
  return { copied, removed, totalBytes };
}

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { copied, removed, totalBytes } = await vendorAssets();
    for (const file of copied) console.log(`vendor-assets: copied public/vendor/${file}`);
    for (const file of removed) console.log(`vendor-assets: removed public/vendor/${file}`);
    const state = copied.length + removed.length === 0 ? "up to date" : "updated";
    console.log(`vendor-assets: ${VENDOR_FILES.length} files ${state}, ${mebibytes(totalBytes)} in public/vendor/`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
