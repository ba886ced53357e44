import { Miniflare } from "miniflare";
import type { ImageBucket } from "../../src/server/images/bucket";

/**
 * A real R2 bucket for Node tests: Miniflare's simulation (the one `wrangler dev` runs), in
 * memory, so the domain's image code is tested against R2's own semantics, not a hand-made fake.
 */
export async function startR2Bucket(): Promise<{ bucket: ImageBucket; keys: () => Promise<string[]>; stop: () => Promise<void> }> {
  const mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response(null, { status: 404 }); } }", r2Buckets: ["IMAGES"], r2Persist: false });
  const bucket = (await mf.getR2Bucket("IMAGES")) as unknown as ImageBucket & { list(): Promise<{ objects: { key: string }[] }> };
  return {
    bucket,
    keys: async () => (await bucket.list()).objects.map((object) => object.key).sort(),
    stop: () => mf.dispose(),
  };
}
