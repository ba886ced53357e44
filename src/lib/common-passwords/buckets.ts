// The common-password list as static files: 256 buckets of one lowered password per line, served
// from the Worker's own static assets at /common-passwords/<xx>.txt (scripts/common-password-buckets.ts
// writes them into public/ before every build). Shared by the writer and both readers, so a
// password is always looked for in the bucket it was written to. See docs/decisions/0029-common-passwords-as-assets.md.

/** Where the bucket files are served from, and where they sit under public/. */
export const COMMON_PASSWORDS_DIRECTORY = "common-passwords";

/** 256 files of about 190 passwords (1.6 KB) each: one small read per check. */
export const COMMON_PASSWORD_BUCKET_COUNT = 256;

/**
 * The bucket of a lowered password: FNV-1a (32 bits) over its UTF-16 code units, modulo 256, as
 * two hex digits. Not a security property (the list is public), only an even spread.
 */
export function commonPasswordBucket(lowered: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < lowered.length; index++) {
    hash ^= lowered.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % COMMON_PASSWORD_BUCKET_COUNT).toString(16).padStart(2, "0");
}

/** The file name of a bucket, e.g. "3f.txt". */
export const bucketFileName = (bucket: string) => `${bucket}.txt`;

/** A bucket file's passwords: one per line (no password in the list holds a line break). */
export function parseBucket(text: string): Set<string> {
  return new Set(text.split("\n").filter((line) => line.length > 0));
}

/** A bucket file's text for these passwords: sorted, one per line, ending in a line break. */
export function formatBucket(passwords: Iterable<string>): string {
  const sorted = [...new Set(passwords)].sort();
  return sorted.length ? `${sorted.join("\n")}\n` : "";
}

/** Something that reads one bucket's text by name, or null when the file is missing. */
export type BucketReader = (bucket: string) => Promise<string | null>;

/**
 * A membership check over bucket files that reads each bucket at most once per isolate or process
 * (a failed read is not cached, so the next check tries again). Throws when a bucket cannot be
 * read: a password is never accepted because the list was unavailable.
 */
export function bucketedPasswordList(read: BucketReader): (lowered: string) => Promise<boolean> {
  const buckets = new Map<string, Promise<Set<string>>>();
  return async (lowered) => {
    const bucket = commonPasswordBucket(lowered);
    let passwords = buckets.get(bucket);
    if (!passwords) {
      passwords = read(bucket).then((text) => {
        if (text === null) throw new Error(`The common-password list is missing bucket ${bucket} (was the build's public/${COMMON_PASSWORDS_DIRECTORY}/ deployed?)`);
        return parseBucket(text);
      });
      buckets.set(bucket, passwords);
      passwords.catch(() => buckets.delete(bucket));
    }
    return (await passwords).has(lowered);
  };
}
