import { Hono } from "hono";
import { readImageUploadBody } from "../../src/lib/image-upload-body";
import { imageBucketFrom } from "../../src/server/images/bucket";
import { findServableImage, IMAGE_NOT_FOUND } from "../../src/server/images/serve-image";
import { uploadImage } from "../../src/server/images/upload-image";
import { DomainError } from "../../src/server/errors";
import { databaseFor, sameOriginRequests, sessionViewer, verifiedMembersOnly, type ApiEnv } from "./context";

/**
 * Images: uploads (multipart, so mounted before the JSON-only guards of index.ts, with the same
 * same-origin rule and its own body limit) and members-only serving through the Worker: no public
 * bucket address, `Cache-Control: private`, and a missing, hidden or someone else's pending image
 * all answer the same 404.
 */
export const imageRoutes = new Hono<ApiEnv>()
  .use(sameOriginRequests({ jsonOnly: false }))
  .use(sessionViewer)
  .post("/", verifiedMembersOnly, async (c) => {
    const upload = await readImageUploadBody(c.req.raw);
    const image = await uploadImage(databaseFor(c), imageBucketFrom(c.env), c.get("viewer"), upload, Date.now());
    return c.json({ ...image, url: `/api/images/${image.key}`, thumbnailUrl: `/api/images/${image.key}/thumb` }, 201);
  })
  .get("/:key{[A-Za-z0-9_-]{22}}/:variant{thumb}?", async (c) => {
    const variant = c.req.param("variant") === "thumb" ? "thumb" : "full";
    const found = await findServableImage(databaseFor(c), c.get("viewer"), c.req.param("key"), variant);
    const object = await imageBucketFrom(c.env).get(found.objectKey);
    if (!object) throw new DomainError("NOT_FOUND", IMAGE_NOT_FOUND);
    return new Response(object.body, {
      headers: {
        "Content-Type": found.contentType,
        "Content-Length": String(object.size),
        // Members only, and a post can be hidden later: never shared caches, and a short life in the browser.
        "Cache-Control": "private, max-age=300",
        "Content-Disposition": "inline",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
