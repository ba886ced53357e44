import { describe, expect, it } from "vitest";
import passwords from "@zxcvbn-ts/language-common/dist/passwords.json.mjs";
import { bucketedPasswordList, commonPasswordBucket, COMMON_PASSWORD_BUCKET_COUNT, formatBucket, parseBucket } from "../../../src/lib/common-passwords/buckets";
import { commonPasswordBuckets } from "../../../src/lib/common-passwords/write-buckets";
import { isCommonPassword } from "../../../src/lib/common-passwords/is-common.node";

describe("the common-password list as bucket files", () => {
  it("puts every password of the list in exactly the bucket the check reads", () => {
    const buckets = commonPasswordBuckets();
    expect(buckets.size).toBe(COMMON_PASSWORD_BUCKET_COUNT);
    let total = 0;
    for (const [bucket, members] of buckets) {
      for (const password of members) expect(commonPasswordBucket(password)).toBe(bucket);
      total += members.length;
    }
    expect(total).toBe(passwords.length);
  });

  it("spreads the list evenly enough that each read stays small", () => {
    const sizes = [...commonPasswordBuckets().values()].map((members) => formatBucket(members).length);
    expect(Math.max(...sizes)).toBeLessThan(4 * 1024);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
  });

  it("reads back the same passwords it formats", () => {
    expect(parseBucket(formatBucket(["b", "a", "a", "c d"]))).toEqual(new Set(["a", "b", "c d"]));
    expect(parseBucket(formatBucket([]))).toEqual(new Set());
  });

  it("finds common passwords from the files on disk and passes uncommon ones", async () => {
    expect(await isCommonPassword("password1")).toBe(true);
    expect(await isCommonPassword("qwerty")).toBe(true);
    expect(await isCommonPassword("sinus rhythm at rest")).toBe(false);
  });

  it("refuses to answer, rather than accept, when a bucket cannot be read, and retries next time", async () => {
    let reads = 0;
    const check = bucketedPasswordList(async () => (++reads === 1 ? null : "hunter2\n"));
    await expect(check("hunter2")).rejects.toThrow(/missing bucket/);
    expect(await check("hunter2")).toBe(true);
    expect(reads).toBe(2);
  });
});
