// Node only: writes the common-password list (zxcvbn-ts's 49,000 most common passwords, lowered)
// into public/common-passwords/ as 256 bucket files (buckets.ts), so the Worker reads one small
// static asset per check instead of carrying the list in its bundle. Run before every build and
// dev server (astro.config.mjs) and by the Node reader when the files are missing. Idempotent: a
// bucket whose text is unchanged is not rewritten, and stray files in the folder are removed.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import passwords from "@zxcvbn-ts/language-common/dist/passwords.json.mjs";
import { bucketFileName, COMMON_PASSWORD_BUCKET_COUNT, COMMON_PASSWORDS_DIRECTORY, commonPasswordBucket, formatBucket } from "./buckets";

/** public/common-passwords/ of this checkout: Astro copies it into dist/ at build. */
export const COMMON_PASSWORDS_PUBLIC_DIRECTORY = fileURLToPath(new URL(`../../../public/${COMMON_PASSWORDS_DIRECTORY}`, import.meta.url));

export interface BucketsResult {
  written: number;
  passwords: number;
  bytes: number;
}

/** Every lowered password of the list grouped by bucket; every bucket present, even if empty. */
export function commonPasswordBuckets(list: readonly string[] = passwords): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (let index = 0; index < COMMON_PASSWORD_BUCKET_COUNT; index++) buckets.set(index.toString(16).padStart(2, "0"), []);
  for (const password of list) {
    const lowered = password.toLowerCase();
    if (lowered.includes("\n")) continue; // cannot be a line of a bucket file, and cannot be typed in a password field
    buckets.get(commonPasswordBucket(lowered))!.push(lowered);
  }
  return buckets;
}

export async function writeCommonPasswordBuckets(directory: string = COMMON_PASSWORDS_PUBLIC_DIRECTORY): Promise<BucketsResult> {
  await mkdir(directory, { recursive: true });
  const wanted = new Set<string>();
  let written = 0;
  let count = 0;
  let bytes = 0;
  for (const [bucket, members] of commonPasswordBuckets()) {
    const name = bucketFileName(bucket);
    const path = join(directory, name);
    wanted.add(name);
    const text = formatBucket(members);
    count += new Set(members).size;
    bytes += Buffer.byteLength(text);
    const existing = await readFile(path, "utf8").catch(() => null);
    if (existing === text) continue;
    // Write then rename would be atomic; a torn file here only happens if the build itself dies.
    await writeFile(path, text);
    written++;
  }
  for (const name of await readdir(directory)) {
    if (!wanted.has(name)) await rm(join(directory, name), { recursive: true });
  }
  return { written, passwords: count, bytes };
}
