// Node's check against the common-password list (scripts, tests, `astro dev`): the same bucket
// files the Worker reads, from public/common-passwords/ on disk, written first when missing (a
// fresh clone before its first build). See buckets.ts.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { bucketFileName, bucketedPasswordList } from "./buckets";
import { COMMON_PASSWORDS_PUBLIC_DIRECTORY, writeCommonPasswordBuckets } from "./write-buckets";

const directory = COMMON_PASSWORDS_PUBLIC_DIRECTORY;
let written: Promise<unknown> | undefined;

export const isCommonPassword = bucketedPasswordList(async (bucket) => {
  const path = join(directory, bucketFileName(bucket));
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  written ??= writeCommonPasswordBuckets(directory);
  await written;
  return readFile(path, "utf8").catch(() => null);
});
