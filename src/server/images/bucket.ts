import { DomainError } from "../errors";

/**
 * The part of a Cloudflare R2 bucket binding that images use. Structural, so the domain runs the
 * same against the Worker's binding, wrangler dev's local simulation and Miniflare's in Node tests.
 */
export interface ImageBucket {
  put(key: string, value: Uint8Array, options?: { httpMetadata?: { contentType?: string } }): Promise<unknown>;
  get(key: string): Promise<{ body: ReadableStream; size: number } | null>;
  delete(keys: string | string[]): Promise<void>;
}

/** The binding's name in wrangler.toml (`[[r2_buckets]] binding = "IMAGES"`). */
export const IMAGE_BUCKET_BINDING = "IMAGES";

/** The bucket from a Worker's env; a deployment without the binding gets a plain 503, not a crash. */
export function imageBucketFrom(env: Record<string, unknown>): ImageBucket {
  const bucket = env[IMAGE_BUCKET_BINDING];
  if (typeof bucket === "object" && bucket !== null && "put" in bucket && "get" in bucket && "delete" in bucket) return bucket as ImageBucket;
  throw new DomainError("UNAVAILABLE", "Images are not set up on this server yet (no IMAGES bucket binding). Post without images for now.");
}

/** Object keys: random keys only, never a file name (see images.key in the schema). */
export function imageObjectKey(key: string, variant: "full" | "thumb"): string {
  return variant === "full" ? `img/${key}` : `img/${key}/thumb`;
}
