// npx tsx scripts/common-password-buckets.ts — writes public/common-passwords/ (the common-password
// list as static assets; src/lib/common-passwords/write-buckets.ts). The build does this itself.
import { COMMON_PASSWORD_BUCKET_COUNT } from "../src/lib/common-passwords/buckets";
import { writeCommonPasswordBuckets } from "../src/lib/common-passwords/write-buckets";

const { written, passwords, bytes } = await writeCommonPasswordBuckets();
console.log(`common-passwords: ${passwords} passwords in ${COMMON_PASSWORD_BUCKET_COUNT} buckets (${(bytes / 1024).toFixed(0)} KiB), ${written} files written`);
